#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace shopdesk::client {
class ClientSession;
class TicketListModel;
class TicketService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// Quality assurance's escalation queue: tickets moved there by an agent or by a breach. QA
// takes one, records what went wrong (one of the seven causes) and the corrective action, and
// resolves it or hands it back to its assignee.
class QaQueueView : public QWidget
{
    Q_OBJECT
public:
    QaQueueView(client::ClientSession *session, client::TicketService *service,
                client::TicketListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *takeButton() const { return m_take; }
    QPushButton *openButton() const { return m_open; }
    QComboBox *causeBox() const { return m_cause; }
    QPlainTextEdit *actionField() const { return m_action; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *handBackButton() const { return m_handBack; }
    MessageBar *messageBar() const { return m_bar; }

    // The id of the ticket selected, 0 for none.
    qint64 selectedId() const;

signals:
    // Show the ticket's thread.
    void ticketActivated(qint64 id);

private:
    void selectionChanged();
    void take();
    void record(bool resolve);

    client::ClientSession *m_session;
    client::TicketService *m_service;
    client::TicketListModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_take;
    QPushButton *m_open;
    QComboBox *m_cause;
    QPlainTextEdit *m_action;
    QPushButton *m_resolve;
    QPushButton *m_handBack;
    MessageBar *m_bar;
};

} // namespace shopdesk::ui
