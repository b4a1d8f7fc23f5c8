#pragma once

#include "domain/order.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace shopdesk::client {
class PaymentsService;
}

namespace shopdesk::ui {

// Records one payment received for an order: method, amount (in the shop's currency, typed
// as the user's locale writes it) and the provider's or bank's reference. A refusal shows the
// server's reason and keeps what was typed.
class RecordPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    RecordPaymentDialog(client::PaymentsService *service, const Order &order,
                        QWidget *parent = nullptr);

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *referenceField() const { return m_reference; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *message() const { return m_message; }

signals:
    void recorded();

private:
    void save();

    client::PaymentsService *m_service;
    Order m_order;
    QComboBox *m_method;
    QLineEdit *m_amount;
    QLineEdit *m_reference;
    QDialogButtonBox *m_buttons;
    QLabel *m_message;
};

} // namespace shopdesk::ui
