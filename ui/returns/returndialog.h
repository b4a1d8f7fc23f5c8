#pragma once

#include "domain/returns/returnrecord.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace shopdesk::client {
class ClientSession;
class ReturnService;
} // namespace shopdesk::client

namespace shopdesk::ui {

// "Return…": the agent picks how many units of each of an order's lines come back and why,
// from the order's detail or from a ticket about it (the return then remembers the ticket).
// With "Approve now" the customer's instructions leave at once; outside the return window the
// server leaves approving to a manager or QA, and the dialog says so.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    // An order line the customer may send back: at most `quantity` units.
    struct Candidate
    {
        QString sku;
        QString name;
        qint64 quantity = 0;
    };

    explicit ReturnDialog(client::ReturnService *service, QWidget *parent = nullptr);

    // Opens a dialog (deleted on close, with its own service) for the order's lines as the
    // cache holds them; ticketId > 0 when started from a ticket.
    static ReturnDialog *start(client::ClientSession *session, qint64 orderId, qint64 ticketId,
                               QWidget *parent);

    // The order and its lines; ticketId > 0 when started from a ticket.
    void setOrder(qint64 orderId, const QList<Candidate> &lines, qint64 ticketId = 0);
    // Sets the quantity asked back for a SKU (a ticket's lines name them).
    void setQuantity(const QString &sku, qint64 quantity);

    QTableWidget *linesTable() const { return m_lines; }
    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QCheckBox *approveBox() const { return m_approve; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void started(const returns::ReturnRecord &ret);

private:
    void submit();
    void showRefusal(const Error &error);

    client::ReturnService *m_service;
    qint64 m_orderId = 0;
    qint64 m_ticketId = 0;
    QLabel *m_title;
    QTableWidget *m_lines;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QCheckBox *m_approve;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace shopdesk::ui
