#include "returns/refundapprovalview.h"

#include "client/errortext.h"
#include "client/returns/paymentsservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

RefundApprovalView::RefundApprovalView(client::PaymentsService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_table(new QTableWidget(0, 6, this))
    , m_reference(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"refundApprovals"_s);
    m_table->setObjectName(u"refundApprovalTable"_s);
    m_table->setAccessibleName(tr("Refunds awaiting approval"));
    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Amount"), tr("To"), tr("Requested by"), tr("When"), tr("Reason")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reference->setObjectName(u"refundApprovalReference"_s);
    m_reference->setPlaceholderText(tr("Refund reference from the provider (optional)"));
    m_reference->setAccessibleName(tr("Refund reference"));
    m_message->setObjectName(u"refundApprovalMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reference, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Refunds awaiting approval"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RefundApprovalView::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_reload, &QPushButton::clicked, this, &RefundApprovalView::reload);
    updateButtons();
}

void RefundApprovalView::reload()
{
    QPointer<RefundApprovalView> self(this);
    m_service->pendingRefunds([self](const Result<QList<returns::Refund>> &found) {
        if (!self)
            return;
        if (!found) {
            self->m_message->setText(client::ErrorText::describe(found.error()));
            self->m_message->show();
        } else {
            self->showRefunds(found.value());
        }
        emit self->loaded();
    });
}

void RefundApprovalView::showRefunds(const QList<returns::Refund> &refunds)
{
    m_refunds = refunds;
    m_table->setRowCount(int(refunds.size()));
    for (int row = 0; row < refunds.size(); ++row) {
        const returns::Refund &r = refunds[row];
        const QStringList cells = {
            QString::number(r.orderId),
            r.amount ? r.amount->format() : QString(),
            returns::refundDestinationDisplayName(r.destination),
            r.requestedBy,
            QLocale().toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat),
            r.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    updateButtons();
}

void RefundApprovalView::updateButtons()
{
    const bool picked = m_table->currentRow() >= 0 && m_table->currentRow() < m_refunds.size() &&
                        !m_table->selectedItems().isEmpty();
    m_approve->setEnabled(picked);
    m_reject->setEnabled(picked);
}

void RefundApprovalView::decide(bool approve)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_refunds.size())
        return;
    const returns::Refund refund = m_refunds[row];
    QPointer<RefundApprovalView> self(this);
    auto done = [self, approve](const Result<returns::Refund> &decided) {
        if (!self)
            return;
        if (!decided) {
            self->m_message->setText(client::ErrorText::describe(decided.error()));
        } else {
            const QString amount = decided->amount ? decided->amount->format() : QString();
            self->m_message->setText(
                approve
                    ? tr("Refund of %1 for order %2 issued.").arg(amount).arg(decided->orderId)
                    : tr("Refund of %1 for order %2 rejected.").arg(amount).arg(decided->orderId));
            self->m_reference->clear();
            emit self->decided(decided.value());
        }
        self->m_message->show();
        self->reload();
    };
    if (approve)
        m_service->approve(refund.id, m_reference->text(), done);
    else
        m_service->reject(refund.id, done);
}

} // namespace shopdesk::ui
