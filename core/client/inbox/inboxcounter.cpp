#include "client/inbox/inboxcounter.h"

#include "client/logging.h"

#include <QPointer>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

InboxCounter::InboxCounter(InboxService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timer(new QTimer(this))
{
    // Snoozes run out by the clock, without a change record.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &InboxCounter::recount);
    m_timer->start();
}

void InboxCounter::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_pending.clear();
    QPointer<InboxCounter> self(this);
    const auto stale = [self, generation] { return !self || generation != self->m_generation; };
    const auto failed = [self](const Error &error) {
        self->m_loading = false;
        self->m_pending.clear();
        qCWarning(lcSync) << "inbox count not read:" << error.code << error.message;
    };
    // Only conversations with unanswered messages can count: open ones now, snoozed ones once
    // their time has passed.
    InboxService::Filter open;
    open.status = u"open"_s;
    open.sort = u"waiting"_s;
    m_service->list(open, [self, stale, failed](const auto &waiting) {
        if (stale())
            return;
        if (!waiting)
            return failed(waiting.error());
        InboxService::Filter snoozed;
        snoozed.status = u"snoozed"_s;
        snoozed.sort = u"waiting"_s;
        const QList<inbox::ConversationRecord> found = waiting.value();
        self->m_service->list(snoozed, [self, stale, failed, found](const auto &sleeping) {
            if (stale())
                return;
            if (!sleeping)
                return failed(sleeping.error());
            self->finishLoad(found + sleeping.value());
        });
    });
}

void InboxCounter::finishLoad(const QList<inbox::ConversationRecord> &conversations)
{
    m_states.clear();
    m_loading = false;
    for (const inbox::ConversationRecord &conversation : conversations)
        note(conversation);
    const QList<inbox::ConversationRecord> pending = std::exchange(m_pending, {});
    for (const inbox::ConversationRecord &conversation : pending)
        note(conversation);
    recount();
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
        if (m_loading)
            m_pending.append(conversation.value());
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
