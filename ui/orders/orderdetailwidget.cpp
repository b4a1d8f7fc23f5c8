#include "orders/orderdetailwidget.h"

#include "care/followupdialog.h"
#include "care/newticketdialog.h"
#include "common/themecolors.h"

#include "client/care/ticketservice.h"
#include "client/clientsession.h"
#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/ordersservice.h"
#include "client/ordertext.h"
#include "client/returns/paymentsservice.h"
#include "client/rolepolicy.h"
#include "client/syncengine.h"
#include "domain/money.h"
#include "domain/permissions.h"
#include "orders/ordersummary.h"
#include "orders/paymentlinkbox.h"
#include "returns/orderpaymentspanel.h"
#include "returns/returndialog.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString money(const std::optional<Money> &m)
{
    return m ? m->format() : QString();
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(22);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrderDetailWidget::OrderDetailWidget(client::ClientSession *session, client::OrdersService *service,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_terms(new QLabel(this))
    , m_lines(makeTable(
          {tr("SKU"), tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")}, this))
    , m_total(new QLabel(this))
    , m_history(makeTable({tr("Status"), tr("When"), tr("Who")}, this))
    , m_shipping(new QLabel(this))
    , m_link(new PaymentLinkBox(service, this))
    , m_payments(new OrderPaymentsPanel(new client::PaymentsService(session->api(), this), this))
    , m_reference(new QLineEdit(this))
    , m_markPaid(new QPushButton(tr("Mark &paid"), this))
    , m_paidLink(new QLineEdit(this))
    , m_verifyLink(new QPushButton(tr("Check link and mark paid"), this))
    , m_cancel(new QPushButton(tr("Cancel order"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_savePdf(new QPushButton(tr("Save PDF…"), this))
    , m_newTicket(new QPushButton(tr("New &ticket…"), this))
    , m_followUp(new QPushButton(tr("Fo&llow-up…"), this))
    , m_startReturn(new QPushButton(tr("Return…"), this))
    , m_message(new QLabel(this))
    , m_disarm(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"orderDetail"_s);
    m_title->setObjectName(u"detailTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_customer->setObjectName(u"detailCustomer"_s);
    m_customer->setTextFormat(Qt::PlainText);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_terms->setObjectName(u"detailTerms"_s);
    m_terms->setTextFormat(Qt::PlainText);
    m_terms->setWordWrap(true);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setObjectName(u"detailLines"_s);
    // A handful of rows: sizing to contents is cheap here.
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_total->setObjectName(u"detailTotal"_s);
    m_total->setAlignment(Qt::AlignRight);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_history->setObjectName(u"statusHistory"_s);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_shipping->setObjectName(u"shipping"_s);
    m_shipping->setTextFormat(Qt::RichText);
    m_shipping->setOpenExternalLinks(true);
    m_shipping->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_reference->setObjectName(u"paymentReference"_s);
    m_reference->setPlaceholderText(tr("Payment reference"));
    m_reference->setAccessibleName(tr("Payment reference"));
    m_lines->setAccessibleName(tr("Order lines"));
    m_history->setAccessibleName(tr("Status history"));
    m_markPaid->setObjectName(u"markPaid"_s);
    m_paidLink->setObjectName(u"paidLink"_s);
    m_paidLink->setPlaceholderText(tr("Payment link the provider reports as paid"));
    m_paidLink->setAccessibleName(tr("Paid payment link"));
    m_paidLink->setClearButtonEnabled(true);
    m_verifyLink->setObjectName(u"verifyLink"_s);
    m_verifyLink->setToolTip(tr("The server checks the link's signature and expiry and that it "
                                "matches its order, then marks that order paid with the "
                                "reference above."));
    m_cancel->setObjectName(u"cancelOrder"_s);
    m_print->setObjectName(u"printOrder"_s);
    m_savePdf->setObjectName(u"saveOrderPdf"_s);
    m_newTicket->setObjectName(u"newTicketForOrder"_s);
    m_newTicket->setToolTip(tr("Open a ticket about this order"));
    m_followUp->setObjectName(u"followUpForOrder"_s);
    m_followUp->setToolTip(tr("Schedule a call-back or follow-up with the customer about "
                              "this order"));
    m_startReturn->setObjectName(u"startReturnForOrder"_s);
    m_startReturn->setToolTip(tr("Take some of this order's units back"));
    m_message->setObjectName(u"detailMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_customer);
    layout->addWidget(m_terms);
    layout->addWidget(m_lines, 2);
    layout->addWidget(m_total);
    layout->addWidget(m_link);
    layout->addWidget(m_shipping);
    layout->addWidget(m_payments);
    auto *historyLabel = new QLabel(tr("Status history"), content);
    historyLabel->setFont(bold);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    auto *pay = new QHBoxLayout;
    pay->addWidget(m_reference, 1);
    pay->addWidget(m_markPaid);
    layout->addLayout(pay);
    auto *verify = new QHBoxLayout;
    verify->addWidget(m_paidLink, 1);
    verify->addWidget(m_verifyLink);
    layout->addLayout(verify);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_cancel);
    actions->addWidget(m_newTicket);
    actions->addWidget(m_followUp);
    actions->addWidget(m_startReturn);
    actions->addStretch();
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_disarm->setSingleShot(true);
    m_disarm->setInterval(5000);
    connect(m_disarm, &QTimer::timeout, this, [this] {
        m_cancelArmed = false;
        refresh();
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &OrderDetailWidget::refresh);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_order || !m_order->isConfirmed())
            return;
        // Two presses: a cancelled order cannot be taken back.
        if (!m_cancelArmed) {
            m_cancelArmed = true;
            m_cancel->setText(tr("Press again to cancel order #%1").arg(m_order->serverId()));
            m_disarm->start();
            return;
        }
        m_cancelArmed = false;
        m_disarm->stop();
        m_cancel->setEnabled(false);
        m_service->cancel(m_order->serverId());
    });
    connect(m_markPaid, &QPushButton::clicked, this, [this] {
        if (!m_order || !m_order->isConfirmed())
            return;
        m_markPaid->setEnabled(false);
        m_service->markPaid(m_order->serverId(), m_reference->text());
    });
    connect(m_reference, &QLineEdit::returnPressed, m_markPaid, &QPushButton::click);
    connect(m_verifyLink, &QPushButton::clicked, this, [this] {
        if (!m_order || !m_order->isConfirmed())
            return;
        m_verifyLink->setEnabled(false);
        m_service->verifyPaymentLink(m_order->serverId(), m_paidLink->text(), m_reference->text());
    });
    connect(m_paidLink, &QLineEdit::returnPressed, m_verifyLink, &QPushButton::click);
    connect(m_newTicket, &QPushButton::clicked, this, &OrderDetailWidget::openTicket);
    connect(m_followUp, &QPushButton::clicked, this, &OrderDetailWidget::scheduleFollowUp);
    connect(m_startReturn, &QPushButton::clicked, this, [this] {
        if (!m_order || !m_order->isConfirmed())
            return;
        auto *dialog = ReturnDialog::start(m_session, m_order->serverId(), 0, this);
        connect(dialog, &ReturnDialog::started, this, [this](const returns::ReturnRecord &ret) {
            showMessage(tr("Return %1 is started.").arg(ret.number), false);
        });
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (!m_order)
            return;
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            OrderSummary::print(
                *m_order,
                m_session->cache()->queries()->customer(m_order->order.customerId.value()),
                &printer);
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        if (!m_order)
            return;
        const QString suggested =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            u"/order-%1.pdf"_s.arg(m_order->serverId());
        const QString path = QFileDialog::getSaveFileName(this, tr("Save order summary"), suggested,
                                                          tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto saved = savePdf(path); !saved)
            showMessage(saved.error().message, true);
        else
            showMessage(tr("Saved %1.").arg(path), false);
    });
    connect(
        m_service, &client::OrdersService::finished, this,
        [this](client::OrdersService::Action action, qint64 orderId,
               const std::optional<Order> &order) {
            if (m_order && action == client::OrdersService::Action::VerifyPaymentLink) {
                m_paidLink->clear();
                showMessage(orderId == m_order->serverId()
                                ? tr("The payment link checks out: order #%1 is paid.").arg(orderId)
                                : tr("The link was made for order #%1, which is now paid; "
                                     "this order is unchanged.")
                                      .arg(orderId),
                            false);
            }
            if (!m_order || orderId != m_order->serverId())
                return;
            if (action == client::OrdersService::Action::Cancel)
                showMessage(tr("Order #%1 is cancelled; its units are free again.").arg(orderId),
                            false);
            else if (action == client::OrdersService::Action::MarkPaid)
                showMessage(tr("Order #%1 is paid.").arg(orderId), false);
            if (order && m_order) {
                // Show the server's answer now; the change log brings the same shortly.
                m_order->order = *order;
                refresh();
            }
        });
    connect(m_service, &client::OrdersService::failed, this,
            [this](client::OrdersService::Action action, qint64 orderId, const QString &reason) {
                if (!m_order || orderId != m_order->serverId() ||
                    action == client::OrdersService::Action::EmailPaymentLink)
                    return;
                showMessage(reason, true);
                refresh();
            });
    connect(session->cache(), &client::LocalCache::orderChanged, this, [this](qint64 localId) {
        if (localId == m_localId)
            showOrder(localId);
    });
    showOrder(0);
}

void OrderDetailWidget::showOrder(qint64 localId)
{
    if (localId != m_localId) {
        m_message->hide();
        m_reference->clear();
        m_cancelArmed = false;
    }
    // A plain flag and value: GCC's optimiser takes an optional status for uninitialised.
    const bool hadOrder = m_order.has_value();
    const OrderStatus before = hadOrder ? m_order->order.status : OrderStatus::Queued;
    m_localId = localId;
    m_order = localId > 0 ? m_session->cache()->queries()->order(localId) : std::nullopt;
    // A message about an earlier step goes once the order has moved on.
    if (m_order && hadOrder && m_order->order.status != before && !m_service->isBusy())
        m_message->hide();
    refresh();
}

void OrderDetailWidget::refresh()
{
    const bool has = m_order.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_customer, m_terms, m_lines, m_total, m_history, m_shipping, m_reference, m_markPaid,
             m_paidLink, m_verifyLink, m_cancel, m_print, m_savePdf, m_newTicket, m_followUp,
             m_startReturn})
        w->setVisible(has);
    m_tick->stop();
    if (!has) {
        m_title->setText(tr("Pick an order in the list to see it here."));
        m_link->setOrder(0, {});
        m_payments->showOrder({});
        return;
    }
    const client::LocalOrder &local = *m_order;
    const Order &o = local.order;
    QString title =
        o.isConfirmed()
            ? tr("Order #%1 — %2").arg(local.serverId()).arg(client::OrderText::status(o.status))
            : client::OrderText::status(o.status);
    if (o.status == OrderStatus::Refused)
        title += u" — "_s + client::ErrorText::describe(local.refusal);
    m_title->setText(title);

    const auto customer = m_session->cache()->queries()->customer(o.customerId.value());
    QStringList who;
    if (customer) {
        who.append(customer->name);
        for (const QString &part : {customer->email, customer->phone, customer->address}) {
            if (!part.isEmpty())
                who.append(part);
        }
    } else {
        who.append(tr("Customer %1").arg(o.customerId.value()));
    }
    m_customer->setText(who.join(u'\n'));

    QStringList terms;
    terms.append(tr("Channel: %1 · Payment: %2")
                     .arg(client::OrderText::channel(o.channel),
                          client::OrderText::paymentMethod(o.paymentMethod)));
    if (o.createdAt.isValid())
        terms.append(tr("Taken by %1 on %2").arg(o.createdBy, when(o.createdAt)));
    // Only an order awaiting payment has a reservation that runs out.
    if (o.allows(OrderAction::Expire) && o.reservationExpiresAt.isValid()) {
        const qint64 left =
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(o.reservationExpiresAt));
        terms.append(tr("Reservation expires in %1 min %2 s").arg(left / 60).arg(left % 60));
        m_tick->start();
    }
    if (!o.paymentReference.isEmpty())
        terms.append(tr("Payment reference: %1").arg(o.paymentReference));
    if (!o.notes.isEmpty())
        terms.append(tr("Notes: %1").arg(o.notes));
    m_terms->setText(terms.join(u'\n'));

    m_lines->setRowCount(int(o.lines.size()));
    for (int row = 0; row < o.lines.size(); ++row) {
        const OrderLine &line = o.lines.at(row);
        m_lines->setItem(row, 0, cell(line.sku));
        m_lines->setItem(row, 1, cell(line.name));
        m_lines->setItem(row, 2, cell(QLocale().toString(line.quantity), true));
        m_lines->setItem(row, 3, cell(money(line.unitPrice), true));
        m_lines->setItem(row, 4, cell(money(line.lineTotal), true));
    }
    m_total->setText(o.total ? tr("Total: %1").arg(money(o.total)) : QString());

    m_history->setRowCount(int(o.statusHistory.size()));
    for (int row = 0; row < o.statusHistory.size(); ++row) {
        const OrderStatusChange &h = o.statusHistory.at(row);
        m_history->setItem(row, 0, cell(client::OrderText::status(h.status)));
        m_history->setItem(row, 1, cell(when(h.at)));
        m_history->setItem(row, 2, cell(h.user));
    }

    if (!o.tracking.isEmpty()) {
        const QString number = o.trackingUrl.isEmpty()
                                   ? o.tracking.toHtmlEscaped()
                                   : u"<a href=\"%1\">%2</a>"_s.arg(o.trackingUrl.toHtmlEscaped(),
                                                                    o.tracking.toHtmlEscaped());
        m_shipping->setText(
            tr("Shipped with %1 · tracking %2").arg(o.carrier.toHtmlEscaped(), number));
    }
    m_shipping->setVisible(!o.tracking.isEmpty());
    const bool payable = o.isConfirmed() && o.allows(OrderAction::Pay);
    m_link->setOrder(local.serverId(), payable ? o.paymentLink : QString());

    const QString role = m_session->info().role;
    m_payments->setRole(role);
    m_payments->showOrder(o);
    const bool cancellable = o.isConfirmed() && o.allows(OrderAction::Cancel);
    m_cancel->setVisible(client::RolePolicy::mayCancelOrders(role));
    m_newTicket->setVisible(Permissions::allows(role, Capability::OpenTickets) &&
                            Permissions::allows(role, Capability::WorkTickets));
    m_newTicket->setEnabled(o.isConfirmed());
    // Follow-ups are worked by those who work tickets (POST /follow-ups).
    m_followUp->setVisible(Permissions::allows(role, Capability::WorkTickets));
    m_followUp->setEnabled(o.isConfirmed());
    m_startReturn->setVisible(Permissions::allows(role, Capability::StartReturns));
    m_startReturn->setEnabled(o.status == OrderStatus::Shipped ||
                              o.status == OrderStatus::Delivered);
    m_cancel->setEnabled(cancellable && !m_service->isBusy());
    if (!m_cancelArmed)
        m_cancel->setText(tr("Cancel order"));
    const bool mayPay = client::RolePolicy::mayRecordPayments(role);
    m_reference->setVisible(mayPay && payable);
    m_markPaid->setVisible(mayPay && payable);
    m_markPaid->setEnabled(payable && !m_service->isBusy());
    const bool mayVerify =
        client::RolePolicy::mayVerifyPaymentLinks(role) && !o.paymentLink.isEmpty();
    m_paidLink->setVisible(mayVerify && payable);
    m_verifyLink->setVisible(mayVerify && payable);
    m_verifyLink->setEnabled(payable && !m_service->isBusy());
}

Result<void> OrderDetailWidget::savePdf(const QString &path) const
{
    if (!m_order)
        return Result<void>::failure(u"no_order"_s, tr("No order is shown."));
    return OrderSummary::savePdf(
        *m_order, m_session->cache()->queries()->customer(m_order->order.customerId.value()), path);
}

void OrderDetailWidget::openTicket()
{
    if (!m_order || !m_order->isConfirmed())
        return;
    auto *service = new client::TicketService(m_session->api());
    auto *dialog = new NewTicketDialog(m_session, service, this);
    service->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOrder(m_order->serverId());
    connect(dialog, &NewTicketDialog::opened, this, [this](const care::TicketRecord &ticket) {
        showMessage(tr("Ticket %1 is open.").arg(ticket.number), false);
    });
    dialog->open();
}

void OrderDetailWidget::scheduleFollowUp()
{
    if (!m_order || !m_order->isConfirmed())
        return;
    client::FollowUpDraft draft;
    draft.customerId = m_order->order.customerId.value();
    draft.orderId = m_order->serverId();
    const auto customer = m_session->cache()->queries()->customer(draft.customerId);
    auto *service = new client::TicketService(m_session->api());
    auto *dialog = FollowUpDialog::forSchedule(service, draft, this);
    service->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString who = customer ? customer->name : tr("Customer %1").arg(draft.customerId);
    dialog->setAbout(tr("%1 · order #%2").arg(who).arg(draft.orderId));
    connect(dialog, &FollowUpDialog::saved, this, [this](const care::FollowUpRecord &followUp) {
        showMessage(tr("Follow-up scheduled for %1.").arg(when(followUp.dueAt)), false);
    });
    dialog->open();
}

void OrderDetailWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(toneTextStyleSheet(error ? Tone::Error : Tone::Success, palette()));
    m_message->show();
}

} // namespace shopdesk::ui
