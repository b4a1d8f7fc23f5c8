#pragma once

#include "domain/care/ticketrecord.h"
#include "domain/returns/returnrecord.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace shopdesk::client {
class ClientSession;
class ReturnService;
class TicketService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// One ticket: its header (customer, order, kind, priority, status, assignee, the three
// service-level clocks), the thread (the customer's messages, public replies and internal
// notes, each looking different), and what an agent does: reply, note, take, change the
// status (only to what the status rule allows), escalate to QA, schedule a follow-up, start a
// return. The returns started from the ticket are listed with their status and lines; one
// opens in Returns when activated. A refusal shows in the message bar and what was typed
// stays.
class TicketThreadView : public QWidget
{
    Q_OBJECT
public:
    TicketThreadView(client::ClientSession *session, client::TicketService *service,
                     QWidget *parent = nullptr);

    // Reads the ticket from the server and shows it.
    void showTicket(qint64 id);
    // Shows the ticket as a change record or an answer brought it, when it is the one shown.
    void follow(const care::TicketRecord &ticket);
    std::optional<care::TicketRecord> ticket() const { return m_ticket; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *factsLabel() const { return m_facts; }
    QLabel *clocksLabel() const { return m_clocks; }
    QListWidget *thread() const { return m_thread; }
    QPlainTextEdit *replyField() const { return m_reply; }
    QPushButton *sendReplyButton() const { return m_sendReply; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QPushButton *takeButton() const { return m_take; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *changeStatusButton() const { return m_changeStatus; }
    QPushButton *escalateButton() const { return m_escalate; }
    QPushButton *followUpButton() const { return m_followUp; }
    QPushButton *startReturnButton() const { return m_startReturn; }
    // The returns started from the shown ticket, newest first.
    QListWidget *returnsList() const { return m_returns; }
    MessageBar *messageBar() const { return m_bar; }

    // Role of a thread item: the message's kind as its API word.
    static constexpr int MessageKindRole = Qt::UserRole + 1;
    // Role of a return's item: the return's server id.
    static constexpr int ReturnIdRole = Qt::UserRole + 2;

signals:
    // The server answered a change with this ticket.
    void ticketUpdated(const shopdesk::care::TicketRecord &ticket);
    // A return of the ticket was activated (double-click, Enter): its server id.
    void returnActivated(qint64 returnId);

private:
    void buildLayout();
    void show(const care::TicketRecord &ticket);
    void showClocks();
    void fillThread(const care::TicketRecord &ticket);
    void loadReturns(qint64 ticketId);
    void fillReturns(const QList<returns::ReturnRecord> &found);
    void send(care::TicketMessageKind kind);
    void changeStatus();
    void escalate();
    void scheduleFollowUp();
    // Runs one change on the shown ticket; clearReply empties the box once it is accepted.
    void
    act(const std::function<void(qint64, std::function<void(const Result<care::TicketRecord> &)>)>
            &call,
        const QString &done, bool clearReply);
    void setBusy(bool busy);

    client::ClientSession *m_session;
    client::TicketService *m_service;
    client::ReturnService *m_returnService;
    std::optional<care::TicketRecord> m_ticket;
    qint64 m_loading = 0;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_clocks;
    QListWidget *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_sendReply;
    QPushButton *m_addNote;
    QPushButton *m_take;
    QComboBox *m_status;
    QPushButton *m_changeStatus;
    QPushButton *m_escalate;
    QPushButton *m_followUp;
    QPushButton *m_startReturn;
    QLabel *m_returnsTitle;
    QListWidget *m_returns;
    MessageBar *m_bar;
    QTimer *m_tick;
};

} // namespace shopdesk::ui
