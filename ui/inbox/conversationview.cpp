#include "inbox/conversationview.h"

#include "client/clientsession.h"
#include "client/customerdirectory.h"
#include "client/errortext.h"
#include "client/inbox/inboxservice.h"
#include "common/messagebar.h"
#include "common/themecolors.h"
#include "domain/care/ticketrecord.h"
#include "domain/permissions.h"
#include "inbox/conversationthread.h"
#include "inbox/customerpickerdialog.h"
#include "inbox/openticketdialog.h"
#include "inbox/orderstart.h"
#include "inbox/replybox.h"
#include "inbox/snoozedialog.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shopdesk::inbox::ConversationRecord;
using shopdesk::inbox::ConversationStatus;

namespace shopdesk::ui {

namespace {

QString channelText(inbox::InboxChannel channel)
{
    switch (channel) {
    case inbox::InboxChannel::Email:
        return ConversationView::tr("E-mail");
    case inbox::InboxChannel::Chat:
        return ConversationView::tr("Chat");
    case inbox::InboxChannel::Form:
        return ConversationView::tr("Contact form");
    }
    return {};
}

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(name);
    return made;
}

QLabel *label(const QString &name, QWidget *parent)
{
    auto *made = new QLabel(parent);
    made->setObjectName(name);
    made->setTextFormat(Qt::PlainText);
    made->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return made;
}

QLabel *linkLabel(const QString &name, QWidget *parent)
{
    auto *made = new QLabel(parent);
    made->setObjectName(name);
    made->setTextFormat(Qt::RichText);
    made->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return made;
}

} // namespace

ConversationView::ConversationView(client::ClientSession *session, client::InboxService *service,
                                   client::ReplyTemplateService *templates, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_directory(new client::CustomerDirectory(session->cache(), session->api(), this))
    , m_answers(Permissions::allows(session->info().role, Capability::AnswerInbox))
    , m_subject(label(u"conversationSubject"_s, this))
    , m_contact(label(u"conversationContact"_s, this))
    , m_customer(linkLabel(u"conversationCustomer"_s, this))
    , m_linkCustomer(button(tr("&Link customer…"), u"linkCustomer"_s, this))
    , m_newCustomer(button(tr("New customer from &contact"), u"newCustomer"_s, this))
    , m_linkDuplicate(button(QString(), u"linkDuplicate"_s, this))
    , m_assignee(label(u"conversationAssignee"_s, this))
    , m_assignMe(button(tr("Assign to &me"), u"assignToMe"_s, this))
    , m_unassign(button(tr("&Unassign"), u"unassign"_s, this))
    , m_status(label(u"conversationStatus"_s, this))
    , m_snooze(new QToolButton(this))
    , m_done(button(tr("&Done"), u"markDone"_s, this))
    , m_reopen(button(tr("&Reopen"), u"reopen"_s, this))
    , m_newOrder(button(tr("New &order"), u"newOrderFromConversation"_s, this))
    , m_openTicket(button(tr("Open tic&ket…"), u"openTicket"_s, this))
    , m_ticket(linkLabel(u"conversationTicket"_s, this))
    , m_orders(linkLabel(u"conversationOrders"_s, this))
    , m_replying(label(u"replyingBanner"_s, this))
    , m_replyingTimer(new QTimer(this))
    , m_message(new MessageBar(this))
    , m_thread(new ConversationThread(this))
    , m_reply(new ReplyBox(templates, this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("Choose a conversation on the left."), this))
{
    setObjectName(u"conversationView"_s);
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setWordWrap(true);
    m_replying->setStyleSheet(
        toneStyleSheet(Tone::Information, basePalette(m_replying), u"QLabel"_s));
    m_replying->hide();
    m_replyingTimer->setInterval(1000);
    connect(m_replyingTimer, &QTimer::timeout, this, &ConversationView::updateReplying);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_replying);
    lowerLayout->addWidget(m_reply, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_thread);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(makeHeader());
    QWidget *actions = makeActions();
    actions->setVisible(m_answers);
    lower->setVisible(m_answers);
    bodyLayout->addWidget(actions);
    bodyLayout->addWidget(m_message);
    bodyLayout->addWidget(split, 1);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_body);

    connect(m_reply, &ReplyBox::sendRequested, this, &ConversationView::sendReply);
    connect(m_reply, &ReplyBox::typing, this, [this] {
        if (m_id != 0)
            m_service->announceTyping(m_id);
    });
    connect(m_thread, &ConversationThread::attachmentRequested, this,
            &ConversationView::askForAttachment);
    clear();
}

QWidget *ConversationView::makeHeader()
{
    auto *header = new QWidget(this);
    m_contact->setWordWrap(true);
    m_linkDuplicate->hide();
    connect(m_customer, &QLabel::linkActivated, this,
            [this] { emit customerActivated(m_shown ? m_shown->customerId : 0); });
    connect(m_linkCustomer, &QPushButton::clicked, this, &ConversationView::pickCustomer);
    connect(m_newCustomer, &QPushButton::clicked, this, &ConversationView::createCustomer);
    connect(m_linkDuplicate, &QPushButton::clicked, this, [this] { linkCustomer(m_duplicateId); });
    auto *customer = new QHBoxLayout;
    customer->addWidget(m_customer, 1);
    customer->addWidget(m_linkCustomer);
    customer->addWidget(m_newCustomer);
    customer->addWidget(m_linkDuplicate);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subject);
    layout->addWidget(m_contact);
    layout->addLayout(customer);
    return header;
}

QWidget *ConversationView::makeActions()
{
    auto *actions = new QWidget(this);
    connect(m_assignMe, &QPushButton::clicked, this,
            [this] { assignTo(m_session->info().username); });
    connect(m_unassign, &QPushButton::clicked, this, [this] { assignTo(QString()); });

    m_snooze->setObjectName(u"snooze"_s);
    m_snooze->setText(tr("Snoo&ze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->setObjectName(u"snoozeMenu"_s);
    const QStringList presets{tr("For 1 hour"), tr("Until tomorrow 9:00")};
    for (int preset = 0; preset < presets.size(); ++preset) {
        snoozeMenu->addAction(presets.at(preset), this, [this, preset] {
            snoozeUntil(snoozePreset(preset, QDateTime::currentDateTime()));
        });
    }
    snoozeMenu->addAction(tr("Until a time…"), this, &ConversationView::pickSnoozeTime);
    m_snooze->setMenu(snoozeMenu);
    connect(m_done, &QPushButton::clicked, this, &ConversationView::markDone);
    connect(m_reopen, &QPushButton::clicked, this, &ConversationView::reopen);
    connect(m_newOrder, &QPushButton::clicked, this,
            [this] { emit orderStartRequested(orderStart()); });
    connect(m_openTicket, &QPushButton::clicked, this, &ConversationView::pickTicket);
    connect(m_ticket, &QLabel::linkActivated, this,
            [this] { emit ticketActivated(m_shown ? m_shown->ticketId : 0); });
    connect(m_orders, &QLabel::linkActivated, this,
            [this](const QString &link) { emit orderActivated(link.toLongLong()); });

    auto *first = new QHBoxLayout;
    first->addWidget(m_assignee);
    first->addWidget(m_assignMe);
    first->addWidget(m_unassign);
    first->addSpacing(16);
    first->addWidget(m_status);
    first->addWidget(m_snooze);
    first->addWidget(m_done);
    first->addWidget(m_reopen);
    first->addStretch(1);
    auto *second = new QHBoxLayout;
    second->addWidget(m_newOrder);
    second->addWidget(m_openTicket);
    second->addWidget(m_ticket);
    second->addWidget(m_orders, 1);
    auto *layout = new QVBoxLayout(actions);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
    return actions;
}

void ConversationView::showConversation(qint64 id)
{
    if (id == m_id && m_shown)
        return;
    m_id = id;
    m_shown.reset();
    m_duplicateId = 0;
    m_linkDuplicate->hide();
    m_message->hide();
    m_reply->clear();
    m_thread->setMessages({});
    if (id == 0)
        return clear();
    m_reply->reloadTemplates();
    reload();
}

void ConversationView::clear()
{
    m_id = 0;
    m_shown.reset();
    m_replyingTimer->stop();
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_empty);
}

void ConversationView::conversationChanged(const ConversationRecord &conversation)
{
    if (conversation.id != m_id || m_id == 0)
        return;
    // The typing mark needs no new read; everything else may have brought messages.
    if (m_shown) {
        m_shown->replyingUser = conversation.replyingUser;
        m_shown->replyingUntil = conversation.replyingUntil;
        updateReplying();
    }
    reload();
}

void ConversationView::reload()
{
    const qint64 id = m_id;
    QPointer<ConversationView> self(this);
    m_service->conversation(id, [self, id](const Result<ConversationRecord> &answer) {
        if (!self || self->m_id != id)
            return;
        if (!answer)
            return self->refused(answer.error());
        self->display(answer.value());
    });
}

void ConversationView::display(const ConversationRecord &conversation)
{
    QList<qint64> before;
    for (const inbox::InboxMessageRecord &message : m_thread->messages())
        before.append(message.id);
    QList<qint64> now;
    for (const inbox::InboxMessageRecord &message : conversation.messages)
        now.append(message.id);
    m_shown = conversation;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_body);
    if (before != now)
        m_thread->setMessages(conversation.messages);
    showHeader(conversation);
    showWork(conversation);
    updateReplying();
}

void ConversationView::showHeader(const ConversationRecord &conversation)
{
    m_subject->setText(conversation.subject.isEmpty() ? tr("(no subject)") : conversation.subject);
    QStringList contact{channelText(conversation.channel)};
    for (const QString &part :
         {conversation.contactName, conversation.contactEmail, conversation.contactPhone}) {
        if (!part.isEmpty())
            contact.append(part);
    }
    m_contact->setText(contact.join(u" · "_s));
    const bool linked = conversation.customerId != 0;
    m_customer->setText(linked ? tr("Customer: <a href=\"customer\">%1</a>")
                                     .arg(conversation.customerName.toHtmlEscaped())
                               : tr("No customer yet"));
    m_linkCustomer->setVisible(!linked && m_answers);
    m_newCustomer->setVisible(!linked && m_answers);
    if (linked)
        m_linkDuplicate->hide();

    m_assignee->setText(conversation.assignee.isEmpty()
                            ? tr("Nobody has it")
                            : tr("Assigned to %1").arg(conversation.assignee));
    const QString me = m_session->info().username;
    m_assignMe->setVisible(conversation.assignee != me);
    m_unassign->setVisible(!conversation.assignee.isEmpty());
    const ConversationStatus status = conversation.status;
    switch (status) {
    case ConversationStatus::Open:
        m_status->setText(
            conversation.isWaiting()
                ? tr("Open, waiting since %1").arg(timeText(conversation.waitingSince))
                : tr("Open"));
        break;
    case ConversationStatus::Snoozed:
        m_status->setText(tr("Snoozed until %1").arg(timeText(conversation.snoozedUntil)));
        break;
    case ConversationStatus::Done:
        m_status->setText(tr("Done"));
        break;
    }
    m_snooze->setEnabled(inbox::conversationAllowsStatus(status, ConversationStatus::Snoozed));
    m_snooze->setToolTip(m_snooze->isEnabled()
                             ? tr("Put the conversation aside until a time")
                             : tr("A conversation that is done is reopened before it is snoozed"));
    m_done->setEnabled(status != ConversationStatus::Done &&
                       inbox::conversationAllowsStatus(status, ConversationStatus::Done));
    m_reopen->setEnabled(status != ConversationStatus::Open &&
                         inbox::conversationAllowsStatus(status, ConversationStatus::Open));
}

void ConversationView::showWork(const ConversationRecord &conversation)
{
    const bool hasTicket = conversation.ticketId != 0;
    m_openTicket->setVisible(!hasTicket);
    m_ticket->setVisible(hasTicket);
    if (hasTicket)
        m_ticket->setText(u"<a href=\"ticket\">%1</a>"_s.arg(
            tr("Ticket #%1").arg(conversation.ticketId).toHtmlEscaped()));
    QStringList orders;
    for (qint64 orderId : conversation.orderIds) {
        orders.append(u"<a href=\"%1\">%2</a>"_s.arg(QString::number(orderId),
                                                     tr("Order #%1").arg(orderId).toHtmlEscaped()));
    }
    m_orders->setText(orders.join(u", "_s));
    m_orders->setVisible(!orders.isEmpty());
    const qint64 newestOrder =
        conversation.orderIds.isEmpty()
            ? 0
            : *std::max_element(conversation.orderIds.cbegin(), conversation.orderIds.cend());
    m_reply->setCustomer(conversation.customerId, newestOrder);
}

void ConversationView::updateReplying()
{
    const QString me = m_session->info().username;
    const bool others = m_shown && m_shown->othersReplying(me, QDateTime::currentDateTimeUtc());
    if (others)
        m_replying->setText(tr("%1 is replying…").arg(m_shown->replyingUser));
    m_replying->setVisible(others);
    // The mark runs out by the clock, without a change record.
    if (others)
        m_replyingTimer->start();
    else
        m_replyingTimer->stop();
}

qint64 ConversationView::newestMessageId() const
{
    qint64 newest = 0;
    if (m_shown) {
        for (const inbox::InboxMessageRecord &message : m_shown->messages)
            newest = std::max(newest, message.id);
    }
    return newest;
}

void ConversationView::sendReply()
{
    const QString text = m_reply->text();
    if (m_id == 0 || !m_shown || text.isEmpty())
        return;
    m_reply->setSending(true);
    QPointer<ConversationView> self(this);
    const qint64 id = m_id;
    m_service->reply(id, text, newestMessageId(),
                     [self, id](const Result<ConversationRecord> &answer,
                                const std::optional<inbox::InboxMessageRecord> &) {
                         if (!self)
                             return;
                         self->m_reply->setSending(false);
                         if (self->m_id != id)
                             return;
                         if (!answer)
                             return self->refused(answer.error());
                         self->m_reply->clear();
                         self->m_message->hide();
                         emit self->conversationUpdated(answer.value());
                         self->reload();
                     });
}

void ConversationView::refused(const Error &error)
{
    if (error.code == u"answered_meanwhile"_s) {
        const QDateTime at =
            QDateTime::fromString(error.details.value(u"at"_s).toString(), Qt::ISODateWithMs);
        m_message->showMessage(
            tr("%1 answered at %2 while you were writing. Their answer is now in the thread; "
               "your draft is kept — read it and send yours again if it still fits.")
                .arg(error.details.value(u"by"_s).toString(), timeText(at)),
            MessageBar::Kind::Warning);
        reload();
        return;
    }
    if (error.code == u"customer_required"_s) {
        m_message->showMessage(tr("A ticket needs a customer: give the conversation a customer "
                                  "first (Link customer… or New customer from contact)."),
                               MessageBar::Kind::Warning);
        return;
    }
    m_message->showMessage(client::ErrorText::describe(error), MessageBar::Kind::Error);
}

void ConversationView::changed(const Result<ConversationRecord> &answer)
{
    if (!answer)
        return refused(answer.error());
    if (answer->id != m_id)
        return;
    m_message->hide();
    emit conversationUpdated(answer.value());
    reload();
}

void ConversationView::assignTo(const QString &user)
{
    QPointer<ConversationView> self(this);
    m_service->assign(m_id, user, [self](const Result<ConversationRecord> &answer) {
        if (self)
            self->changed(answer);
    });
}

void ConversationView::snoozeUntil(const QDateTime &until)
{
    QPointer<ConversationView> self(this);
    m_service->snooze(m_id, until, [self](const Result<ConversationRecord> &answer) {
        if (self)
            self->changed(answer);
    });
}

void ConversationView::markDone()
{
    QPointer<ConversationView> self(this);
    m_service->markDone(m_id, [self](const Result<ConversationRecord> &answer) {
        if (self)
            self->changed(answer);
    });
}

void ConversationView::reopen()
{
    QPointer<ConversationView> self(this);
    m_service->reopen(m_id, [self](const Result<ConversationRecord> &answer) {
        if (self)
            self->changed(answer);
    });
}

void ConversationView::linkCustomer(qint64 customerId)
{
    if (customerId == 0)
        return;
    QPointer<ConversationView> self(this);
    m_service->setCustomer(m_id, customerId, [self](const Result<ConversationRecord> &answer) {
        if (self)
            self->changed(answer);
    });
}

void ConversationView::createCustomer()
{
    QPointer<ConversationView> self(this);
    m_service->createCustomer(m_id, [self](const Result<ConversationRecord> &answer) {
        if (!self)
            return;
        if (!answer && answer.error().code == u"likely_duplicate"_s) {
            const QJsonObject existing = answer.error().details.value(u"customer"_s).toObject();
            self->m_duplicateId = qint64(existing.value(u"id"_s).toDouble());
            const QString name = existing.value(u"name"_s).toString();
            self->m_message->showMessage(
                tr("%1 is a customer already with this address or phone: link the "
                   "conversation to them instead of making a second record.")
                    .arg(name),
                MessageBar::Kind::Warning);
            self->m_linkDuplicate->setText(tr("Link to %1").arg(name));
            self->m_linkDuplicate->setVisible(self->m_duplicateId != 0);
            return;
        }
        self->changed(answer);
    });
}

void ConversationView::openTicket(care::TicketKind kind, care::TicketPriority priority,
                                  const QString &subject)
{
    QPointer<ConversationView> self(this);
    m_service->openTicket(m_id, kind, priority, subject, 0,
                          [self](const Result<ConversationRecord> &answer,
                                 const std::optional<care::TicketRecord> &) {
                              if (self)
                                  self->changed(answer);
                          });
}

void ConversationView::pickCustomer()
{
    const QString query =
        m_shown ? (!m_shown->contactEmail.isEmpty() ? m_shown->contactEmail : m_shown->contactName)
                : QString();
    auto *dialog = new CustomerPickerDialog(m_directory, query, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { linkCustomer(dialog->customerId()); });
    dialog->open();
}

void ConversationView::pickTicket()
{
    auto *dialog = new OpenTicketDialog(m_shown ? m_shown->subject : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openTicket(dialog->kind(), dialog->priority(), dialog->subject()); });
    dialog->open();
}

void ConversationView::pickSnoozeTime()
{
    auto *dialog = new SnoozeDialog(snoozePreset(1, QDateTime::currentDateTime()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { snoozeUntil(dialog->until()); });
    dialog->open();
}

QDateTime ConversationView::snoozePreset(int preset, const QDateTime &now)
{
    if (preset == 0)
        return now.addSecs(3600);
    return QDateTime(now.date().addDays(1), QTime(9, 0), now.timeZone());
}

void ConversationView::askForAttachment(const inbox::InboxAttachmentRecord &attachment)
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save attachment"), attachment.fileName);
    if (!path.isEmpty())
        saveAttachment(attachment, path);
}

void ConversationView::saveAttachment(const inbox::InboxAttachmentRecord &attachment,
                                      const QString &path)
{
    QPointer<ConversationView> self(this);
    m_service->attachment(m_id, attachment.id, [self, path](const Result<QByteArray> &bytes) {
        if (!self)
            return;
        if (!bytes)
            return self->refused(bytes.error());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size()) {
            self->m_message->showMessage(
                tr("Could not save the attachment to %1: %2").arg(path, file.errorString()),
                MessageBar::Kind::Error);
            return;
        }
        self->m_message->showMessage(tr("Saved to %1.").arg(path));
    });
}

client::ConversationOrder ConversationView::orderStart() const
{
    return m_shown ? orderStartOf(*m_shown) : client::ConversationOrder();
}

} // namespace shopdesk::ui
