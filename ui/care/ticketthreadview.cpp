#include "care/ticketthreadview.h"

#include "care/followupdialog.h"
#include "common/messagebar.h"
#include "common/themecolors.h"

#include "client/care/ticketcountdown.h"
#include "client/care/ticketrefusal.h"
#include "client/care/ticketservice.h"
#include "client/clientsession.h"
#include "client/returns/returnservice.h"
#include "domain/permissions.h"
#include "returns/returndialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString messageKindText(care::TicketMessageKind kind)
{
    switch (kind) {
    case care::TicketMessageKind::Customer:
        return TicketThreadView::tr("From the customer");
    case care::TicketMessageKind::Public:
        return TicketThreadView::tr("Reply to the customer");
    case care::TicketMessageKind::Internal:
        return TicketThreadView::tr("Internal note");
    }
    return {};
}

QString clockText(const care::ClockState &clock, const QDateTime &now)
{
    switch (clock.state) {
    case care::ClockState::State::NotStarted:
        return TicketThreadView::tr("not started");
    case care::ClockState::State::Met:
        return clock.breached ? TicketThreadView::tr("met late") : TicketThreadView::tr("met");
    case care::ClockState::State::Paused:
        return TicketThreadView::tr("paused");
    case care::ClockState::State::Running:
        break;
    }
    if (clock.breached)
        return TicketThreadView::tr("breached (was due %1)").arg(when(clock.dueAt));
    return TicketThreadView::tr("due %1 (in %2)")
        .arg(when(clock.dueAt), client::TicketCountdown::durationText(now.secsTo(clock.dueAt)));
}

} // namespace

TicketThreadView::TicketThreadView(client::ClientSession *session, client::TicketService *service,
                                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_returnService(new client::ReturnService(session->api(), this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_clocks(new QLabel(this))
    , m_thread(new QListWidget(this))
    , m_reply(new QPlainTextEdit(this))
    , m_sendReply(new QPushButton(tr("Send &reply"), this))
    , m_addNote(new QPushButton(tr("Add &note"), this))
    , m_take(new QPushButton(tr("&Take"), this))
    , m_status(new QComboBox(this))
    , m_changeStatus(new QPushButton(tr("Change &status"), this))
    , m_escalate(new QPushButton(tr("&Escalate to QA"), this))
    , m_followUp(new QPushButton(tr("Schedule &follow-up…"), this))
    , m_startReturn(new QPushButton(tr("St&art return…"), this))
    , m_returnsTitle(new QLabel(tr("Returns of this ticket"), this))
    , m_returns(new QListWidget(this))
    , m_bar(new MessageBar(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"ticketThread"_s);
    buildLayout();
    connect(m_sendReply, &QPushButton::clicked, this,
            [this] { send(care::TicketMessageKind::Public); });
    connect(m_addNote, &QPushButton::clicked, this,
            [this] { send(care::TicketMessageKind::Internal); });
    connect(m_take, &QPushButton::clicked, this, [this] {
        act([this](qint64 id, auto done) { m_service->take(id, done); }, tr("The ticket is yours."),
            false);
    });
    connect(m_changeStatus, &QPushButton::clicked, this, &TicketThreadView::changeStatus);
    connect(m_escalate, &QPushButton::clicked, this, &TicketThreadView::escalate);
    connect(m_followUp, &QPushButton::clicked, this, &TicketThreadView::scheduleFollowUp);
    connect(m_startReturn, &QPushButton::clicked, this, [this] {
        if (!m_ticket || m_ticket->orderId <= 0)
            return;
        auto *dialog = ReturnDialog::start(m_session, m_ticket->orderId, m_ticket->id, this);
        for (const care::TicketLine &line : m_ticket->lines)
            dialog->setQuantity(line.sku, line.quantity);
        connect(dialog, &ReturnDialog::started, this, [this](const returns::ReturnRecord &ret) {
            m_bar->showMessage(tr("Return %1 is started for this ticket.").arg(ret.number));
            if (m_ticket)
                loadReturns(m_ticket->id);
        });
    });
    connect(m_returns, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit returnActivated(item->data(ReturnIdRole).toLongLong());
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TicketThreadView::showClocks);
    setBusy(false);
}

void TicketThreadView::buildLayout()
{
    m_title->setObjectName(u"ticketTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(tr("Choose a ticket in the queue."));
    m_facts->setObjectName(u"ticketFacts"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clocks->setObjectName(u"ticketClocks"_s);
    m_clocks->setTextFormat(Qt::PlainText);
    m_clocks->setWordWrap(true);
    m_thread->setObjectName(u"ticketMessages"_s);
    m_thread->setAccessibleName(tr("Messages of the ticket"));
    m_thread->setWordWrap(true);
    m_thread->setSpacing(3);
    m_thread->setSelectionMode(QAbstractItemView::NoSelection);
    m_reply->setObjectName(u"ticketReply"_s);
    m_reply->setAccessibleName(tr("Reply or note"));
    m_reply->setPlaceholderText(tr("A reply is e-mailed to the customer; a note only staff read."));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(120);
    m_sendReply->setObjectName(u"sendReply"_s);
    m_addNote->setObjectName(u"addNote"_s);
    m_take->setObjectName(u"takeTicket"_s);
    m_status->setObjectName(u"ticketStatusBox"_s);
    m_status->setAccessibleName(tr("New status"));
    // Wide enough for the longest status ("Waiting on third party") in every language.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_changeStatus->setObjectName(u"changeStatus"_s);
    m_escalate->setObjectName(u"escalateTicket"_s);
    m_escalate->setToolTip(tr("Moves the ticket to the QA queue; the text in the box goes "
                              "with it as the reason, as an internal note."));
    m_followUp->setObjectName(u"scheduleFollowUp"_s);
    m_startReturn->setObjectName(u"startReturnForTicket"_s);
    m_startReturn->setVisible(
        Permissions::allows(m_session->info().role, Capability::StartReturns));

    m_returnsTitle->setObjectName(u"ticketReturnsTitle"_s);
    m_returns->setObjectName(u"ticketReturns"_s);
    m_returns->setAccessibleName(tr("Returns of this ticket"));
    m_returns->setToolTip(tr("Double-click a return to open it in Returns."));
    m_returns->setMaximumHeight(90);
    m_returnsTitle->hide();
    m_returns->hide();

    auto *replyButtons = new QHBoxLayout;
    replyButtons->addStretch();
    replyButtons->addWidget(m_addNote);
    replyButtons->addWidget(m_sendReply);
    auto *work = new QHBoxLayout;
    work->addWidget(m_take);
    work->addWidget(m_status);
    work->addWidget(m_changeStatus);
    work->addStretch();
    auto *hand = new QHBoxLayout;
    hand->addWidget(m_escalate);
    hand->addWidget(m_followUp);
    hand->addWidget(m_startReturn);
    hand->addStretch();
    // Scrolls rather than widening the window when the pane beside the queue is narrow.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_bar);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_clocks);
    layout->addLayout(work);
    layout->addLayout(hand);
    layout->addWidget(m_returnsTitle);
    layout->addWidget(m_returns);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_reply);
    layout->addLayout(replyButtons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void TicketThreadView::showTicket(qint64 id)
{
    if (id <= 0 || (m_ticket && m_ticket->id == id && m_loading == 0))
        return;
    m_loading = id;
    QPointer<TicketThreadView> self(this);
    m_service->ticket(id, [self, id](const Result<care::TicketRecord> &result) {
        if (!self || self->m_loading != id)
            return;
        self->m_loading = 0;
        if (!result) {
            self->m_bar->showMessage(client::TicketRefusal::describe(result.error()),
                                     MessageBar::Kind::Error);
            return;
        }
        self->show(result.value());
    });
}

void TicketThreadView::follow(const care::TicketRecord &ticket)
{
    if (m_ticket && m_ticket->id == ticket.id && m_loading == 0)
        show(ticket);
}

void TicketThreadView::show(const care::TicketRecord &ticket)
{
    const bool other = !m_ticket || m_ticket->id != ticket.id;
    m_ticket = ticket;
    m_title->setText(tr("%1 · %2").arg(ticket.number, ticket.subject));
    QStringList facts{tr("Customer: %1").arg(ticket.customerName)};
    if (ticket.orderId > 0)
        facts.append(tr("Order #%1").arg(ticket.orderId));
    if (!ticket.lines.isEmpty()) {
        QStringList lines;
        for (const care::TicketLine &line : ticket.lines)
            lines.append(u"%1 × %2"_s.arg(line.sku).arg(line.quantity));
        facts.append(tr("Lines: %1").arg(lines.join(u", "_s)));
    }
    facts.append(care::ticketKindText(ticket.kind));
    facts.append(tr("Priority: %1").arg(care::ticketPriorityText(ticket.priority)));
    facts.append(tr("Status: %1").arg(care::ticketStatusText(ticket.status)));
    facts.append(ticket.assignee.isEmpty() ? tr("Nobody has it")
                                           : tr("Assigned to %1").arg(ticket.assignee));
    if (ticket.inQaQueue)
        facts.append(tr("In the QA queue"));
    if (ticket.qa) {
        facts.append(
            tr("QA found: %1 — %2").arg(care::qaCauseText(ticket.qa->cause), ticket.qa->action));
    }
    m_facts->setText(facts.join(u" · "_s));
    showClocks();
    m_tick->start();
    fillThread(ticket);
    if (other)
        fillReturns({});
    // Read again with every change: a return's status moves on while the ticket is open.
    loadReturns(ticket.id);

    const QSignalBlocker blocker(m_status);
    m_status->clear();
    for (care::TicketStatus status : care::allTicketStatuses()) {
        if (care::ticketAllowsStatus(ticket.status, status))
            m_status->addItem(care::ticketStatusText(status), int(status));
    }
    if (other)
        m_bar->hide();
    setBusy(false);
}

void TicketThreadView::showClocks()
{
    if (!m_ticket)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clocks->setText(tr("First response: %1 · Next update: %2 · Resolution: %3")
                          .arg(clockText(m_ticket->firstResponse, now),
                               clockText(m_ticket->nextUpdate, now),
                               clockText(m_ticket->resolution, now)));
    const client::TicketCountdown countdown = client::TicketCountdown::of(*m_ticket, now);
    const bool breached = countdown.tone == client::TicketCountdown::Tone::Breached;
    const bool warned = countdown.tone == client::TicketCountdown::Tone::Warning;
    m_clocks->setStyleSheet(
        breached || warned
            ? toneTextStyleSheet(breached ? Tone::Error : Tone::Warning, basePalette(m_clocks))
            : QString());
}

void TicketThreadView::fillThread(const care::TicketRecord &ticket)
{
    m_thread->clear();
    const QPalette palette = basePalette(m_thread);
    for (const care::TicketMessage &message : ticket.messages) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3\n%4")
                .arg(messageKindText(message.kind), message.author, when(message.at), message.text),
            m_thread);
        item->setData(MessageKindRole, care::ticketMessageKindName(message.kind));
        if (message.kind != care::TicketMessageKind::Customer) {
            const ToneColors colors = toneColors(
                message.kind == care::TicketMessageKind::Public ? Tone::Success : Tone::Warning,
                palette);
            item->setBackground(colors.background);
            item->setForeground(colors.foreground);
        }
        if (message.kind == care::TicketMessageKind::Internal) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
    }
    m_thread->scrollToBottom();
}

void TicketThreadView::loadReturns(qint64 ticketId)
{
    if (!Permissions::allows(m_session->info().role, Capability::ReadReturns))
        return;
    QPointer<TicketThreadView> self(this);
    m_returnService->ofTicket(ticketId, [self, ticketId](const auto &found) {
        // A list for a ticket no longer shown, or none at all, leaves the list as it is.
        if (!self || !self->m_ticket || self->m_ticket->id != ticketId || !found)
            return;
        self->fillReturns(found.value());
    });
}

void TicketThreadView::fillReturns(const QList<returns::ReturnRecord> &found)
{
    m_returns->clear();
    for (const returns::ReturnRecord &ret : found) {
        QStringList lines;
        for (const returns::ReturnLine &line : ret.lines) {
            lines.append(tr("%1 × %2 (%3)")
                             .arg(QLocale().toString(line.quantity),
                                  line.name.isEmpty() ? line.sku : line.name, line.sku));
        }
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3")
                .arg(ret.number, returns::returnStatusText(ret.status), lines.join(u", "_s)),
            m_returns);
        item->setData(ReturnIdRole, ret.id);
    }
    m_returnsTitle->setVisible(!found.isEmpty());
    m_returns->setVisible(!found.isEmpty());
}

void TicketThreadView::setBusy(bool busy)
{
    const bool shown = m_ticket.has_value() && !busy;
    const bool open = shown && care::ticketAcceptsMessages(m_ticket->status);
    m_sendReply->setEnabled(open);
    m_addNote->setEnabled(open);
    m_take->setEnabled(shown && m_ticket->assignee != m_session->info().username);
    m_status->setEnabled(shown && m_status->count() > 0);
    m_changeStatus->setEnabled(shown && m_status->count() > 0);
    m_escalate->setEnabled(shown && !care::ticketStatusIsDone(m_ticket->status) &&
                           !m_ticket->inQaQueue);
    m_followUp->setEnabled(shown);
    m_startReturn->setEnabled(shown && m_ticket->orderId > 0);
}

void TicketThreadView::act(
    const std::function<void(qint64, std::function<void(const Result<care::TicketRecord> &)>)>
        &call,
    const QString &done, bool clearReply)
{
    if (!m_ticket)
        return;
    setBusy(true);
    const qint64 id = m_ticket->id;
    QPointer<TicketThreadView> self(this);
    call(id, [self, id, done, clearReply](const Result<care::TicketRecord> &result) {
        if (!self)
            return;
        if (!result) {
            // What was typed stays, to send again or change.
            self->setBusy(false);
            self->m_bar->showMessage(client::TicketRefusal::describe(result.error()),
                                     MessageBar::Kind::Error);
            return;
        }
        if (clearReply)
            self->m_reply->clear();
        if (self->m_ticket && self->m_ticket->id == id)
            self->show(result.value());
        self->m_bar->showMessage(done);
        emit self->ticketUpdated(result.value());
    });
}

void TicketThreadView::send(care::TicketMessageKind kind)
{
    const QString text = m_reply->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_bar->showMessage(tr("Write the text first."), MessageBar::Kind::Error);
        m_reply->setFocus();
        return;
    }
    const QString done = kind == care::TicketMessageKind::Public
                             ? tr("The reply is on its way to the customer.")
                             : tr("The note is added.");
    act([this, kind, text](qint64 id,
                           auto result) { m_service->addMessage(id, kind, text, result); },
        done, true);
}

void TicketThreadView::changeStatus()
{
    if (m_status->currentIndex() < 0)
        return;
    const auto status = care::TicketStatus(m_status->currentData().toInt());
    act([this, status](qint64 id, auto done) { m_service->changeStatus(id, status, done); },
        tr("The ticket is now \"%1\".").arg(care::ticketStatusText(status)), false);
}

void TicketThreadView::escalate()
{
    const QString reason = m_reply->toPlainText().trimmed();
    act([this, reason](qint64 id, auto done) { m_service->escalate(id, reason, done); },
        tr("The ticket is in the QA queue."), !reason.isEmpty());
}

void TicketThreadView::scheduleFollowUp()
{
    if (!m_ticket)
        return;
    client::FollowUpDraft draft;
    draft.customerId = m_ticket->customerId;
    draft.ticketId = m_ticket->id;
    draft.orderId = m_ticket->orderId;
    auto *dialog = FollowUpDialog::forSchedule(m_service, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FollowUpDialog::saved, this, [this](const care::FollowUpRecord &followUp) {
        m_bar->showMessage(tr("Follow-up scheduled for %1.").arg(when(followUp.dueAt)));
    });
    dialog->open();
}

} // namespace shopdesk::ui
