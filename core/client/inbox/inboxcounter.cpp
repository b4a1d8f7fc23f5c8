#include "client/inbox/inboxcounter.h"

#include "client/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

InboxCounter::InboxCounter(InboxService *service, QObject *parent)
    : QObject(parent)
    , m_loader(new ConversationLoader(service, this))
    , m_timer(new QTimer(this))
{
    // Snoozes run out by the clock, without a change record.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &InboxCounter::recount);
    m_timer->start();
}

void InboxCounter::reload()
{
    // Only conversations with unanswered messages can count: open ones now, snoozed ones once
    // their time has passed.
    InboxService::Filter open;
    open.status = u"open"_s;
    open.sort = u"waiting"_s;
    InboxService::Filter snoozed = open;
    snoozed.status = u"snoozed"_s;
    m_loader->load(open, snoozed, [this](const Result<ConversationLoader::Lists> &lists) {
        if (!lists) {
            qCWarning(lcSync) << "inbox count not read:" << lists.error().code
                              << lists.error().message;
            return;
        }
        m_states.clear();
        for (const auto *list : {&lists->listed, &lists->snoozed, &lists->meanwhile}) {
            for (const inbox::ConversationRecord &conversation : *list)
                note(conversation);
        }
        recount();
    });
}

void InboxCounter::applyChanges(const QList<ChangeRecord> &records)
{
    for (const ChangeRecord &record : records) {
        if (record.entity != u"conversation"_s)
            continue;
        auto conversation = inbox::ConversationRecord::fromJson(record.data);
        if (!conversation) {
            qCWarning(lcSync) << "conversation change" << record.id << conversation.error().message;
            continue;
        }
        m_loader->noteChange(conversation.value());
        note(conversation.value());
    }
    recount();
}

void InboxCounter::note(const inbox::ConversationRecord &conversation)
{
    if (conversation.status == inbox::ConversationStatus::Done) {
        m_states.remove(conversation.id);
        return;
    }
    State state;
    state.waiting = conversation.waitingSince.isValid();
    if (conversation.status == inbox::ConversationStatus::Snoozed)
        state.snoozedUntil = conversation.snoozedUntil;
    m_states.insert(conversation.id, state);
}

int InboxCounter::waiting() const
{
    return m_waiting;
}

void InboxCounter::recount()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int waiting = 0;
    for (const State &state : std::as_const(m_states)) {
        if (state.waiting && (!state.snoozedUntil.isValid() || state.snoozedUntil <= now))
            ++waiting;
    }
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    emit waitingChanged(waiting);
}

} // namespace shopdesk::client
