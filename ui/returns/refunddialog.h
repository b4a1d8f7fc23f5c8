#pragma once

#include "domain/order.h"
#include "domain/returns/payment.h"
#include "domain/returns/refund.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shopdesk::client {
class PaymentsService;
}

namespace shopdesk::ui {

// Refunds an order: units per line (at the order's price), shipping, goodwill, where the money
// goes (the original payment or store credit), which payment, the reason. The amount is
// computed as it is typed and, against the shop's approval limit, says whether a manager must
// approve it (the server decides). A refusal shows the server's reason and keeps what was
// typed.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(client::PaymentsService *service, const Order &order,
                 const QList<returns::Payment> &payments, std::optional<Money> approvalLimit,
                 QWidget *parent = nullptr);

    QTableWidget *linesTable() const { return m_lines; }
    QSpinBox *unitsBox(int line) const { return m_units.value(line); }
    QLineEdit *shippingField() const { return m_shipping; }
    QLineEdit *goodwillField() const { return m_goodwill; }
    QComboBox *destinationBox() const { return m_destination; }
    QComboBox *paymentBox() const { return m_payment; }
    QCheckBox *doubleChargeBox() const { return m_doubleCharge; }
    QLineEdit *reasonField() const { return m_reason; }
    QLabel *amountLabel() const { return m_amount; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *message() const { return m_message; }

signals:
    void requested(const returns::Refund &refund);

private:
    // The amount typed so far in minor units, or -1 when a field cannot be read.
    qint64 amountMinor() const;
    void updateAmount();
    void save();

    client::PaymentsService *m_service;
    Order m_order;
    std::optional<Money> m_approvalLimit;
    QTableWidget *m_lines;
    QList<QSpinBox *> m_units;
    QLineEdit *m_shipping;
    QLineEdit *m_goodwill;
    QComboBox *m_destination;
    QComboBox *m_payment;
    QCheckBox *m_doubleCharge;
    QLineEdit *m_reason;
    QLineEdit *m_reference;
    QLabel *m_amount;
    QDialogButtonBox *m_buttons;
    QLabel *m_message;
};

} // namespace shopdesk::ui
