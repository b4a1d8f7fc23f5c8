#include "returns/orderpaymentspanel.h"

#include "returns/recordpaymentdialog.h"
#include "returns/refunddialog.h"

#include "client/errortext.h"
#include "client/returns/paymentsservice.h"
#include "domain/capability.h"
#include "domain/permissions.h"
#include "domain/returns/paymentbalance.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(90);
    return table;
}

QString moneyText(const std::optional<Money> &money)
{
    return money ? money->format() : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

QString methodText(const QString &method)
{
    if (returns::Payment::isStoreCredit(method))
        return OrderPaymentsPanel::tr("Store credit");
    const auto parsed = parsePaymentMethod(method);
    return parsed ? paymentMethodDisplayName(*parsed) : method;
}

} // namespace

OrderPaymentsPanel::OrderPaymentsPanel(client::PaymentsService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_payments(
          makeTable({tr("Received"), tr("Method"), tr("Amount"), tr("Reference"), tr("By")}, this))
    , m_refunds(
          makeTable({tr("Requested"), tr("Amount"), tr("To"), tr("Status"), tr("Reason")}, this))
    , m_paid(new QLabel(this))
    , m_refunded(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_record(new QPushButton(tr("Record pa&yment…"), this))
    , m_refund(new QPushButton(tr("Re&fund…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"orderPayments"_s);
    m_payments->setObjectName(u"orderPaymentsTable"_s);
    m_refunds->setObjectName(u"orderRefundsTable"_s);
    m_payments->setAccessibleName(tr("Payments"));
    m_refunds->setAccessibleName(tr("Refunds"));
    m_record->setObjectName(u"recordPaymentButton"_s);
    m_refund->setObjectName(u"refundButton"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_paid);
    figures->addWidget(m_refunded);
    figures->addWidget(m_balance);
    figures->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_refund);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Payments"), this));
    layout->addWidget(m_payments);
    layout->addWidget(new QLabel(tr("Refunds"), this));
    layout->addWidget(m_refunds);
    layout->addLayout(figures);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_record, &QPushButton::clicked, this, &OrderPaymentsPanel::recordPayment);
    connect(m_refund, &QPushButton::clicked, this, &OrderPaymentsPanel::refund);
    setRole({});
}

void OrderPaymentsPanel::setRole(const QString &role)
{
    m_role = role;
    m_record->setVisible(Permissions::allows(role, Capability::RecordPayments));
    m_refund->setVisible(Permissions::allows(role, Capability::RequestRefunds));
}

void OrderPaymentsPanel::showOrder(const Order &order)
{
    const bool sameOrder = order.id == m_order.id;
    // A change of the order (a payment or refund made anywhere) reads its money again.
    const bool moved =
        !sameOrder || order.status != m_order.status || order.updatedAt != m_order.updatedAt;
    m_order = order;
    if (!sameOrder) {
        ++m_generation;
        m_message->hide();
        showPayments({});
        showRefunds({});
    }
    setVisible(order.isConfirmed() && Permissions::allows(m_role, Capability::ReadPayments));
    if (moved && order.isConfirmed() && Permissions::allows(m_role, Capability::ReadPayments))
        reload();
    showFigures();
}

void OrderPaymentsPanel::reload()
{
    if (!m_order.isConfirmed())
        return;
    const int generation = m_generation;
    const qint64 id = m_order.id.value();
    QPointer<OrderPaymentsPanel> self(this);
    m_service->payments(id, [self, generation](const Result<QList<returns::Payment>> &found) {
        if (!self || generation != self->m_generation)
            return;
        if (!found) {
            self->m_message->setText(client::ErrorText::describe(found.error()));
            self->m_message->show();
            return;
        }
        self->showPayments(found.value());
        self->showFigures();
    });
    m_service->refunds(id, [self, generation](const Result<client::OrderRefunds> &found) {
        if (!self || generation != self->m_generation)
            return;
        if (found) {
            self->m_approvalLimit = found->approvalLimit;
            self->showRefunds(found->refunds);
        }
        self->showFigures();
        emit self->loaded();
    });
}

void OrderPaymentsPanel::showPayments(const QList<returns::Payment> &payments)
{
    m_paymentList = payments;
    m_payments->setRowCount(int(payments.size()));
    for (int row = 0; row < payments.size(); ++row) {
        const returns::Payment &p = payments[row];
        setRow(m_payments, row,
               {timeText(p.receivedAt), methodText(p.method), moneyText(p.amount), p.reference,
                p.recordedBy});
    }
}

void OrderPaymentsPanel::showRefunds(const QList<returns::Refund> &refunds)
{
    m_refundList = refunds;
    m_refunds->setRowCount(int(refunds.size()));
    for (int row = 0; row < refunds.size(); ++row) {
        const returns::Refund &r = refunds[row];
        setRow(m_refunds, row,
               {timeText(r.requestedAt), moneyText(r.amount),
                returns::refundDestinationDisplayName(r.destination),
                returns::refundStatusDisplayName(r.status), r.reason});
    }
}

void OrderPaymentsPanel::showFigures()
{
    if (!m_order.total) {
        m_paid->clear();
        m_refunded->clear();
        m_balance->clear();
        return;
    }
    const Currency &currency = m_order.total->currency();
    qint64 paid = 0;
    for (const returns::Payment &p : std::as_const(m_paymentList))
        paid += p.amount ? p.amount->amountMinor() : 0;
    qint64 refunded = 0;
    for (const returns::Refund &r : std::as_const(m_refundList)) {
        if (r.status == returns::RefundStatus::Issued && r.amount)
            refunded += r.amount->amountMinor();
    }
    const returns::PaymentBalance figures(*m_order.total, Money(paid, currency),
                                          Money(refunded, currency));
    m_paid->setText(tr("Paid: %1").arg(figures.paid().format()));
    m_refunded->setText(tr("Refunded: %1").arg(figures.refunded().format()));
    const auto balance = figures.balance();
    if (!balance)
        return m_balance->setText(client::ErrorText::describe(balance.error()));
    m_balance->setText(
        balance->isNegative()
            ? tr("Owed back: %1").arg(Money(-balance->amountMinor(), currency).format())
            : tr("Balance: %1").arg(balance->format()));
}

void OrderPaymentsPanel::recordPayment()
{
    if (!m_order.isConfirmed() || !m_order.total)
        return;
    auto *dialog = new RecordPaymentDialog(m_service, m_order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordPaymentDialog::recorded, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void OrderPaymentsPanel::refund()
{
    if (!m_order.isConfirmed() || !m_order.total)
        return;
    auto *dialog = new RefundDialog(m_service, m_order, m_paymentList, m_approvalLimit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::requested, this, [this](const returns::Refund &refund) {
        m_message->setText(
            refund.status == returns::RefundStatus::PendingApproval
                ? tr("Refund of %1 awaits a manager's approval.").arg(moneyText(refund.amount))
                : tr("Refund of %1 issued.").arg(moneyText(refund.amount)));
        m_message->show();
        reload();
        emit changed();
    });
    dialog->open();
}

} // namespace shopdesk::ui
