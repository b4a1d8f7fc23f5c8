#pragma once

#include "domain/order.h"
#include "domain/returns/payment.h"
#include "domain/returns/refund.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk::client {
class PaymentsService;
}

namespace shopdesk::ui {

// An order's money in the order detail: its payments and refunds as the server lists them,
// what was paid, refunded and is still owed (negative: owed back), and the buttons to
// record a payment and to refund.
class OrderPaymentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrderPaymentsPanel(client::PaymentsService *service, QWidget *parent = nullptr);

    // What the signed-in role may do here (buttons it may not use are hidden).
    void setRole(const QString &role);
    // Shows a confirmed order's payments (read from the server); empty for anything else.
    void showOrder(const Order &order);
    void reload();

    QTableWidget *paymentsTable() const { return m_payments; }
    QTableWidget *refundsTable() const { return m_refunds; }
    QLabel *paidLabel() const { return m_paid; }
    QLabel *refundedLabel() const { return m_refunded; }
    QLabel *balanceLabel() const { return m_balance; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *refundButton() const { return m_refund; }
    QLabel *message() const { return m_message; }

signals:
    // A payment or refund was recorded: the order's own figures change too.
    void changed();
    // Payments and refunds were read (or failed to be).
    void loaded();

private:
    void showPayments(const QList<returns::Payment> &payments);
    void showRefunds(const QList<returns::Refund> &refunds);
    void showFigures();
    void recordPayment();
    void refund();

    client::PaymentsService *m_service;
    Order m_order;
    QString m_role;
    QList<returns::Payment> m_paymentList;
    QList<returns::Refund> m_refundList;
    std::optional<Money> m_approvalLimit;
    int m_generation = 0; // answers for an order no longer shown are dropped
    QTableWidget *m_payments;
    QTableWidget *m_refunds;
    QLabel *m_paid;
    QLabel *m_refunded;
    QLabel *m_balance;
    QPushButton *m_record;
    QPushButton *m_refund;
    QLabel *m_message;
};

} // namespace shopdesk::ui
