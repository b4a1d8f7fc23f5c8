#pragma once

#include "client/localorder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace shopdesk::client {
class ClientSession;
class OrdersService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class OrderPaymentsPanel;
class PaymentLinkBox;

// One order as the cache holds it, kept current by sync: lines, totals, status history (who,
// when), shipping with a tracking link, the payment link, and what an agent may do next:
// cancel, record the payment, print or save a PDF summary.
class OrderDetailWidget : public QWidget
{
    Q_OBJECT
public:
    OrderDetailWidget(client::ClientSession *session, client::OrdersService *service,
                      QWidget *parent = nullptr);

    void showOrder(qint64 localId);
    qint64 localId() const { return m_localId; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *customerLabel() const { return m_customer; }
    QLabel *termsLabel() const { return m_terms; }
    QTableWidget *linesTable() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    QTableWidget *historyTable() const { return m_history; }
    QLabel *shippingLabel() const { return m_shipping; }
    PaymentLinkBox *paymentLinkBox() const { return m_link; }
    QLineEdit *referenceField() const { return m_reference; }
    QPushButton *markPaidButton() const { return m_markPaid; }
    QLineEdit *paidLinkField() const { return m_paidLink; }
    QPushButton *verifyLinkButton() const { return m_verifyLink; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    // Opens the new ticket dialog about this order (a child of this widget).
    QPushButton *newTicketButton() const { return m_newTicket; }
    // Opens the follow-up dialog for the order's customer, tied to this order.
    QPushButton *followUpButton() const { return m_followUp; }
    QPushButton *startReturnButton() const { return m_startReturn; }
    QLabel *message() const { return m_message; }
    OrderPaymentsPanel *paymentsPanel() const { return m_payments; }

    Result<void> savePdf(const QString &path) const;

private:
    void refresh();
    void showMessage(const QString &text, bool error);
    void openTicket();
    void scheduleFollowUp();

    client::ClientSession *m_session;
    client::OrdersService *m_service;
    qint64 m_localId = 0;
    std::optional<client::LocalOrder> m_order;
    bool m_cancelArmed = false;
    QLabel *m_title;
    QLabel *m_customer;
    QLabel *m_terms;
    QTableWidget *m_lines;
    QLabel *m_total;
    QTableWidget *m_history;
    QLabel *m_shipping;
    PaymentLinkBox *m_link;
    OrderPaymentsPanel *m_payments;
    QLineEdit *m_reference;
    QPushButton *m_markPaid;
    QLineEdit *m_paidLink;
    QPushButton *m_verifyLink;
    QPushButton *m_cancel;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QPushButton *m_newTicket;
    QPushButton *m_followUp;
    QPushButton *m_startReturn;
    QLabel *m_message;
    QTimer *m_disarm;
    QTimer *m_tick;
};

} // namespace shopdesk::ui
