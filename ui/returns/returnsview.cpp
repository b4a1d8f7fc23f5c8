#include "returns/returnsview.h"

#include "client/clientsession.h"
#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcachequeries.h"
#include "client/returns/paymentsservice.h"
#include "client/returns/returnservice.h"
#include "domain/permissions.h"
#include "returns/exchangedialog.h"
#include "returns/refundapprovalview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReturnsView::ReturnsView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(new client::ReturnService(session->api(), this))
    , m_role(session->info().role)
    , m_filter(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_lines(new QTableWidget(0, 6, this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject…"), this))
    , m_exchange(new QPushButton(tr("E&xchange…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"returnsModule"_s);
    m_filter->setObjectName(u"returnStatusFilter"_s);
    m_filter->setAccessibleName(tr("Show returns"));
    m_filter->addItem(tr("All returns"), QString());
    for (returns::ReturnStatus status : returns::allReturnStatuses())
        m_filter->addItem(returns::returnStatusText(status), returns::returnStatusName(status));
    m_list->setObjectName(u"returnList"_s);
    m_list->setHeaderLabels(
        {tr("Return"), tr("Order"), tr("Customer"), tr("Status"), tr("Reason"), tr("Requested")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Returns"));
    m_title->setObjectName(u"returnTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_detail->setObjectName(u"returnDetail"_s);
    m_detail->setWordWrap(true);
    m_lines->setObjectName(u"returnDetailLines"_s);
    m_lines->setAccessibleName(tr("Lines of the return"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Quantity"), tr("Restocked"),
                                        tr("Written off"), tr("Missing")});
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_approve->setObjectName(u"approveReturn"_s);
    m_reject->setObjectName(u"rejectReturn"_s);
    m_exchange->setObjectName(u"exchangeReturn"_s);
    m_exchange->setToolTip(tr("A replacement order for the returned lines, or others at the same "
                              "price, paid by the return"));
    m_message->setObjectName(u"returnsMessage"_s);
    m_message->setWordWrap(true);

    layOut(session);
    display(returns::ReturnRecord{});
    connectActions(session);
    reload();
}

void ReturnsView::layOut(client::ClientSession *session)
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_detail);
    rightLayout->addWidget(m_lines, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addWidget(m_exchange);
    actions->addStretch();
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({640, 520});
    auto *layout = new QVBoxLayout(this);
    if (!Permissions::allows(m_role, Capability::ApproveRefunds)) {
        layout->addWidget(split);
        return;
    }
    // Managers approve the refunds above the limit here, next to the returns they follow.
    auto *payments = new client::PaymentsService(session->api(), this);
    m_refunds = new RefundApprovalView(payments, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"returnsTabs"_s);
    m_tabs->addTab(split, tr("Returns"));
    m_tabs->addTab(m_refunds, tr("Refunds to approve"));
    layout->addWidget(m_tabs);
    m_refunds->reload();
}

void ReturnsView::connectActions(client::ClientSession *session)
{
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReturnsView::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showReturn(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (!m_shown)
            return;
        m_service->approve(m_shown->id, [self = QPointer(this)](const auto &answer) {
            if (self) {
                self->answered(answer, [](const returns::ReturnRecord &ret) {
                    return tr("Return %1 is approved; the customer has the instructions.")
                        .arg(ret.number);
                });
            }
        });
    });
    connect(m_reject, &QPushButton::clicked, this, &ReturnsView::reject);
    connect(m_exchange, &QPushButton::clicked, this, &ReturnsView::exchange);
    // A return changed anywhere (approved by a manager, received by the warehouse) shows here.
    connect(session->cache()->changes(), &client::LocalCacheChanges::recordsApplied, this,
            [this](const QList<client::ChangeRecord> &records) {
                bool returnsChanged = false;
                bool refundsChanged = false;
                for (const client::ChangeRecord &record : records) {
                    returnsChanged = returnsChanged || record.entity == u"return"_s;
                    refundsChanged = refundsChanged || record.entity == u"refund"_s;
                }
                if (returnsChanged)
                    reload();
                if (refundsChanged && m_refunds)
                    m_refunds->reload();
            });
}

void ReturnsView::reload()
{
    QPointer<ReturnsView> self(this);
    m_service->list(m_filter->currentData().toString(),
                    [self](const Result<QList<returns::ReturnRecord>> &answer) {
                        if (!self)
                            return;
                        if (!answer) {
                            self->m_message->setText(client::ErrorText::describe(answer.error()));
                            return;
                        }
                        self->fill(answer.value());
                    });
}

void ReturnsView::fill(const QList<returns::ReturnRecord> &items)
{
    const qint64 current = m_shown ? m_shown->id : 0;
    m_list->clear();
    const QLocale locale;
    for (const returns::ReturnRecord &ret : items) {
        auto *item = new QTreeWidgetItem(
            m_list, {ret.number, u"#%1"_s.arg(ret.orderId), ret.customerName,
                     returns::returnStatusText(ret.status), returns::returnReasonText(ret.reason),
                     locale.toString(ret.requestedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, ret.id);
        if (ret.id == current) {
            m_list->setCurrentItem(item);
            display(ret);
        }
    }
}

void ReturnsView::showReturn(qint64 id)
{
    QPointer<ReturnsView> self(this);
    m_service->returnById(id, [self](const Result<returns::ReturnRecord> &answer) {
        if (self && answer)
            self->display(answer.value());
    });
}

void ReturnsView::display(const returns::ReturnRecord &ret)
{
    const bool has = ret.id > 0;
    m_shown = has ? std::optional(ret) : std::nullopt;
    m_title->setText(has ? tr("%1 — %2").arg(ret.number, returns::returnStatusText(ret.status))
                         : tr("Pick a return in the list to see it here."));
    QStringList facts;
    if (has) {
        facts << tr("Order #%1 of %2").arg(ret.orderId).arg(ret.customerName)
              << tr("Reason: %1").arg(returns::returnReasonText(ret.reason));
        if (ret.ticketId > 0)
            facts << tr("From ticket T-%1").arg(ret.ticketId);
        if (!ret.note.isEmpty())
            facts << ret.note;
        if (!ret.rejectionReason.isEmpty())
            facts << tr("Rejected: %1").arg(ret.rejectionReason);
        if (ret.windowEndsAt.isValid())
            facts << tr("Return window ends %1")
                         .arg(QLocale().toString(ret.windowEndsAt.toLocalTime(),
                                                 QLocale::ShortFormat));
        if (ret.exchangeOrderId > 0)
            facts << tr("Exchanged: order #%1").arg(ret.exchangeOrderId);
    }
    m_detail->setText(facts.join(u'\n'));
    m_lines->setRowCount(int(ret.lines.size()));
    for (int row = 0; row < ret.lines.size(); ++row) {
        const returns::ReturnLine &line = ret.lines[row];
        m_lines->setItem(row, 0, new QTableWidgetItem(line.sku));
        m_lines->setItem(row, 1, new QTableWidgetItem(line.name));
        m_lines->setItem(row, 2, number(line.quantity));
        m_lines->setItem(row, 3, number(line.restocked));
        m_lines->setItem(row, 4, number(line.writtenOff));
        m_lines->setItem(row, 5, number(line.missing));
    }
    // Offered as the rule and the role allow; the server decides the window.
    const auto allows = [&](returns::ReturnAction action) {
        return has && returns::returnAllows(ret.status, action);
    };
    m_approve->setEnabled(allows(returns::ReturnAction::Approve));
    m_reject->setEnabled(allows(returns::ReturnAction::Reject));
    m_exchange->setEnabled(allows(returns::ReturnAction::Exchange) && ret.exchangeOrderId == 0 &&
                           Permissions::allows(m_role, Capability::ExchangeReturns));
}

void ReturnsView::answered(const Result<returns::ReturnRecord> &answer, const Wording &done)
{
    m_message->clear();
    if (!answer) {
        m_message->setText(client::ErrorText::describe(answer.error()));
        return;
    }
    m_message->setText(done(answer.value()));
    display(answer.value());
    reload();
}

void ReturnsView::exchange()
{
    if (!m_shown)
        return;
    auto *dialog =
        new ExchangeDialog(m_service, *m_shown, m_session->cache()->queries()->products(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExchangeDialog::exchanged, this, [this](const returns::ReturnRecord &ret) {
        answered(ret, [](const returns::ReturnRecord &exchanged) {
            return tr("Return %1 is exchanged: order #%2 is reserved and paid.")
                .arg(exchanged.number)
                .arg(exchanged.exchangeOrderId);
        });
    });
    dialog->open();
}

void ReturnsView::reject()
{
    if (!m_shown)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject return"),
                                                 tr("Why is %1 rejected?").arg(m_shown->number),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    m_service->reject(m_shown->id, reason.trimmed(), [self = QPointer(this)](const auto &answer) {
        if (self) {
            self->answered(answer, [](const returns::ReturnRecord &ret) {
                return tr("Return %1 is rejected.").arg(ret.number);
            });
        }
    });
}

} // namespace shopdesk::ui
