#include "returns/refunddialog.h"

#include "client/errortext.h"
#include "client/returns/paymentsservice.h"
#include "domain/returns/paymentbalance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// An amount field: empty is zero.
std::optional<qint64> readMinor(const QLineEdit *field, const Currency &currency)
{
    if (field->text().trimmed().isEmpty())
        return 0;
    const auto money = Money::parse(field->text(), currency);
    if (!money)
        return std::nullopt;
    return money->amountMinor();
}

} // namespace

RefundDialog::RefundDialog(client::PaymentsService *service, const Order &order,
                           const QList<returns::Payment> &payments,
                           std::optional<Money> approvalLimit, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_order(order)
    , m_approvalLimit(std::move(approvalLimit))
    , m_lines(new QTableWidget(int(order.lines.size()), 4, this))
    , m_shipping(new QLineEdit(this))
    , m_goodwill(new QLineEdit(this))
    , m_destination(new QComboBox(this))
    , m_payment(new QComboBox(this))
    , m_doubleCharge(new QCheckBox(tr("This refunds a &double charge"), this))
    , m_reason(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_amount(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"refundDialog"_s);
    setWindowTitle(tr("Refund order %1").arg(order.id.value()));
    m_lines->setObjectName(u"refundLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Unit price"), tr("Units")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < order.lines.size(); ++row) {
        const OrderLine &line = order.lines[row];
        m_lines->setItem(row, 0, new QTableWidgetItem(line.sku));
        m_lines->setItem(row, 1, new QTableWidgetItem(line.name));
        m_lines->setItem(
            row, 2, new QTableWidgetItem(line.unitPrice ? line.unitPrice->format() : QString()));
        auto *units = new QSpinBox(m_lines);
        units->setRange(0, int(qMin<qint64>(line.quantity, 1000000)));
        units->setAccessibleName(tr("Units of %1 to refund").arg(line.sku));
        m_lines->setCellWidget(row, 3, units);
        m_units.append(units);
        connect(units, &QSpinBox::valueChanged, this, &RefundDialog::updateAmount);
    }
    m_shipping->setObjectName(u"refundShipping"_s);
    m_goodwill->setObjectName(u"refundGoodwill"_s);
    m_reason->setObjectName(u"refundReason"_s);
    m_shipping->setPlaceholderText(Money(0, order.total->currency()).format());
    m_goodwill->setPlaceholderText(Money(0, order.total->currency()).format());
    m_destination->setObjectName(u"refundDestination"_s);
    m_destination->addItem(
        returns::refundDestinationDisplayName(returns::RefundDestination::Original), u"original"_s);
    m_destination->addItem(
        returns::refundDestinationDisplayName(returns::RefundDestination::StoreCredit),
        u"store_credit"_s);
    m_payment->setObjectName(u"refundPayment"_s);
    for (auto it = payments.crbegin(); it != payments.crend(); ++it) {
        m_payment->addItem(
            tr("%1, %2 (%3)")
                .arg(it->amount ? it->amount->format() : QString(), it->method,
                     it->reference.isEmpty() ? QString::number(it->id) : it->reference),
            it->id);
    }
    m_doubleCharge->setObjectName(u"refundDoubleCharge"_s);
    m_amount->setObjectName(u"refundAmount"_s);
    m_message->setObjectName(u"refundMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_buttons->addButton(tr("&Refund"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Shipping"), m_shipping);
    form->addRow(tr("&Goodwill"), m_goodwill);
    form->addRow(tr("&To"), m_destination);
    form->addRow(tr("&Payment"), m_payment);
    form->addRow(m_doubleCharge);
    form->addRow(tr("Rea&son"), m_reason);
    form->addRow(tr("Refere&nce"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_amount);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_shipping, &QLineEdit::textChanged, this, &RefundDialog::updateAmount);
    connect(m_goodwill, &QLineEdit::textChanged, this, &RefundDialog::updateAmount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefundDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAmount();
}

qint64 RefundDialog::amountMinor() const
{
    const Currency &currency = m_order.total->currency();
    const auto shipping = readMinor(m_shipping, currency);
    const auto goodwill = readMinor(m_goodwill, currency);
    if (!shipping || !goodwill)
        return -1;
    QList<std::pair<qint64, Money>> parts;
    for (int row = 0; row < m_units.size(); ++row) {
        const OrderLine &line = m_order.lines[row];
        if (line.unitPrice)
            parts.append({m_units[row]->value(), *line.unitPrice});
    }
    const auto amount = returns::PaymentBalance::refundAmount(parts, Money(*shipping, currency),
                                                              Money(*goodwill, currency));
    return amount ? amount->amountMinor() : -1;
}

void RefundDialog::updateAmount()
{
    const qint64 amount = amountMinor();
    if (amount < 0) {
        m_amount->setText(
            tr("Type amounts like %1.").arg(Money(1250, m_order.total->currency()).format()));
        return;
    }
    const QString refund = Money(amount, m_order.total->currency()).format();
    if (!m_approvalLimit) {
        m_amount->setText(
            tr("Refund: %1. Above the shop's approval limit it waits for a manager's approval.")
                .arg(refund));
        return;
    }
    const QString limit = m_approvalLimit->format();
    m_amount->setText(
        amount > m_approvalLimit->amountMinor()
            ? tr("Refund: %1. Above %2 a manager approves — this refund will wait for approval.")
                  .arg(refund, limit)
            : tr("Refund: %1. Up to %2 it is issued at once.").arg(refund, limit));
}

void RefundDialog::save()
{
    const qint64 amount = amountMinor();
    if (amount < 0 || (amount == 0 && !m_doubleCharge->isChecked())) {
        m_message->setText(tr("Choose units to refund, or type a shipping or goodwill amount."));
        m_message->show();
        return;
    }
    client::RefundDraft draft;
    for (int row = 0; row < m_units.size(); ++row)
        draft.lines.append({m_order.lines[row].sku, m_units[row]->value()});
    const Currency &currency = m_order.total->currency();
    draft.shippingMinor = readMinor(m_shipping, currency).value_or(0);
    draft.goodwillMinor = readMinor(m_goodwill, currency).value_or(0);
    draft.currency = currency.code();
    draft.destination = m_destination->currentData().toString() == u"store_credit"_s
                            ? returns::RefundDestination::StoreCredit
                            : returns::RefundDestination::Original;
    draft.paymentId = m_payment->currentData().toLongLong();
    draft.reason = m_reason->text();
    draft.reference = m_reference->text();
    draft.doubleCharge = m_doubleCharge->isChecked();
    m_buttons->setEnabled(false);
    QPointer<RefundDialog> self(this);
    m_service->requestRefund(
        m_order.id.value(), draft, [self](const Result<returns::Refund> &refund) {
            if (!self)
                return;
            self->m_buttons->setEnabled(true);
            if (!refund) {
                self->m_message->setText(client::ErrorText::describe(refund.error()));
                self->m_message->show();
                return;
            }
            emit self->requested(refund.value());
            self->accept();
        });
}

} // namespace shopdesk::ui
