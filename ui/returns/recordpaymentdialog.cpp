#include "returns/recordpaymentdialog.h"

#include "client/errortext.h"
#include "client/returns/paymentsservice.h"
#include "domain/returns/payment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

RecordPaymentDialog::RecordPaymentDialog(client::PaymentsService *service, const Order &order,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_order(order)
    , m_method(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"recordPaymentDialog"_s);
    setWindowTitle(tr("Record a payment for order %1").arg(order.id.value()));
    for (PaymentMethod method : allPaymentMethods())
        m_method->addItem(paymentMethodDisplayName(method), paymentMethodName(method));
    m_method->addItem(tr("Store credit"), returns::Payment::storeCreditMethod());
    m_method->setCurrentIndex(m_method->findData(paymentMethodName(order.paymentMethod)));
    m_method->setObjectName(u"paymentMethod"_s);
    m_amount->setObjectName(u"paymentAmount"_s);
    m_reference->setObjectName(u"paymentReference"_s);
    if (order.total)
        m_amount->setText(order.total->format());
    m_reference->setPlaceholderText(tr("The provider's or bank's reference"));
    m_message->setObjectName(u"paymentMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Amount (%1)").arg(order.total ? order.total->currency().code() : QString()),
                 m_amount);
    form->addRow(tr("&Reference"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordPaymentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordPaymentDialog::save()
{
    if (!m_order.total)
        return;
    const auto amount = Money::parse(m_amount->text(), m_order.total->currency());
    if (!amount) {
        m_message->setText(tr("Type the amount, for example %1.")
                               .arg(Money(1250, m_order.total->currency()).format()));
        m_message->show();
        return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    QPointer<RecordPaymentDialog> self(this);
    m_service->recordPayment(m_order.id.value(), m_method->currentData().toString(), amount.value(),
                             m_reference->text(), [self](const Result<returns::Payment> &recorded) {
                                 if (!self)
                                     return;
                                 self->m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
                                 if (!recorded) {
                                     self->m_message->setText(
                                         client::ErrorText::describe(recorded.error()));
                                     self->m_message->show();
                                     return;
                                 }
                                 emit self->recorded();
                                 self->accept();
                             });
}

} // namespace shopdesk::ui
