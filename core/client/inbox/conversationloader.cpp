#include "client/inbox/conversationloader.h"

#include <QPointer>

#include <utility>

namespace shopdesk::client {

ConversationLoader::ConversationLoader(InboxService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void ConversationLoader::load(const InboxService::Filter &filter,
                              const std::optional<InboxService::Filter> &snoozed, Done done)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_meanwhile.clear();
    QPointer<ConversationLoader> self(this);
    const auto stale = [self, generation] { return !self || generation != self->m_generation; };
    m_service->list(filter, [self, stale, snoozed, done](const auto &found) {
        if (stale())
            return;
        if (!found || !snoozed)
            return self->finish(found ? Result<Lists>(Lists{found.value(), {}, {}})
                                      : Result<Lists>(found.error()),
                                done);
        const QList<inbox::ConversationRecord> listed = found.value();
        self->m_service->list(*snoozed, [self, stale, listed, done](const auto &sleeping) {
            if (stale())
                return;
            self->finish(sleeping ? Result<Lists>(Lists{listed, sleeping.value(), {}})
                                  : Result<Lists>(sleeping.error()),
                         done);
        });
    });
}

void ConversationLoader::noteChange(const inbox::ConversationRecord &conversation)
{
    if (m_loading)
        m_meanwhile.append(conversation);
}

void ConversationLoader::finish(const Result<Lists> &lists, const Done &done)
{
    m_loading = false;
    QList<inbox::ConversationRecord> meanwhile = std::exchange(m_meanwhile, {});
    if (!lists)
        return done(lists);
    Lists complete = lists.value();
    complete.meanwhile = std::move(meanwhile);
    done(complete);
}

} // namespace shopdesk::client
