#pragma once

#include "client/care/ticketdraft.h"
#include "client/customerrecord.h"
#include "domain/care/ticketrecord.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace shopdesk::client {
class ClientSession;
class CustomerDirectory;
class TicketService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// Opens a ticket in a few keystrokes: find the customer (Enter takes the match), optionally
// one of their orders and the lines it is about, kind, channel, priority, subject and what
// the customer wrote; Ctrl+Enter opens it. A refusal shows in the dialog; what was typed stays.
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(client::ClientSession *session, client::TicketService *service,
                    QWidget *parent = nullptr);

    // Pre-fills the customer (and an order of the cache, by its number) for a ticket opened
    // from the order detail; with the order chosen, the subject has the focus.
    void setCustomer(const client::CustomerRecord &customer);
    void setOrder(qint64 orderId);

    QLineEdit *customerSearch() const { return m_search; }
    QListWidget *customerResults() const { return m_results; }
    QLabel *customerLabel() const { return m_chosen; }
    QComboBox *orderBox() const { return m_order; }
    QTableWidget *linesTable() const { return m_lines; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *priorityBox() const { return m_priority; }
    QLineEdit *subjectField() const { return m_subject; }
    QPlainTextEdit *textField() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageBar *messageBar() const { return m_bar; }
    std::optional<client::CustomerRecord> customer() const { return m_customer; }

    // What the form holds now.
    client::TicketDraft draft() const;
    void submit();

signals:
    void opened(const shopdesk::care::TicketRecord &ticket);

private:
    void buildForm();
    void runSearch();
    void showResults(const QString &text, const QList<client::CustomerRecord> &found);
    void pickResult();
    void fillOrders();
    void fillLines();

    client::ClientSession *m_session;
    client::TicketService *m_service;
    client::CustomerDirectory *m_directory;
    std::optional<client::CustomerRecord> m_customer;
    QList<client::CustomerRecord> m_found;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_chosen;
    QTimer *m_searchTimer;
    QComboBox *m_order;
    QTableWidget *m_lines;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QComboBox *m_priority;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    MessageBar *m_bar;
};

} // namespace shopdesk::ui
