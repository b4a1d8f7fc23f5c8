#include "client/inbox/conversationorderlinks.h"

#include "client/localcache.h"
#include "client/localcachequeries.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

Q_LOGGING_CATEGORY(lcLinks, "shopdesk.inbox.links")

const QString keyPrefix = u"conversation_order."_s;

} // namespace

ConversationOrderLinks::ConversationOrderLinks(ApiClient *api, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_inbox(api)
{
    connect(cache, &LocalCache::orderChanged, this, [this](qint64 localId) {
        if (!m_cache->value(keyFor(localId)).isEmpty())
            send(localId);
    });
    retry();
}

QString ConversationOrderLinks::keyFor(qint64 localOrderId)
{
    return keyPrefix + QString::number(localOrderId);
}

Result<void> ConversationOrderLinks::remember(qint64 conversationId, qint64 localOrderId)
{
    if (conversationId <= 0 || localOrderId <= 0)
        return Error{u"invalid_link"_s, tr("There is no conversation or order to link."), {}};
    if (auto stored = m_cache->setValue(keyFor(localOrderId), QString::number(conversationId));
        !stored)
        return stored;
    send(localOrderId);
    return {};
}

QHash<qint64, qint64> ConversationOrderLinks::pending() const
{
    QHash<qint64, qint64> links;
    const QHash<QString, QString> stored = m_cache->valuesWithPrefix(keyPrefix);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const qint64 localId = it.key().mid(keyPrefix.size()).toLongLong();
        const qint64 conversationId = it.value().toLongLong();
        if (localId > 0 && conversationId > 0)
            links.insert(localId, conversationId);
    }
    return links;
}

void ConversationOrderLinks::retry()
{
    const QHash<qint64, qint64> links = pending();
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        send(it.key());
}

void ConversationOrderLinks::send(qint64 localOrderId)
{
    const qint64 conversationId = m_cache->value(keyFor(localOrderId)).toLongLong();
    if (conversationId <= 0 || m_sending.contains(localOrderId))
        return;
    const auto order = m_cache->queries()->order(localOrderId);
    if (!order || order->order.status == OrderStatus::Refused) {
        // The server will never hold this order: there is nothing to link.
        qCInfo(lcLinks) << "order" << localOrderId << "of conversation" << conversationId
                        << "was not placed; its link is dropped";
        forget(localOrderId);
        return;
    }
    const qint64 orderId = order->serverId();
    if (orderId <= 0)
        return; // still queued: its next change brings the id
    m_sending.insert(localOrderId);
    // The answer may come after this object is gone (the client closed meanwhile).
    QPointer<ConversationOrderLinks> self(this);
    m_inbox.linkOrder(
        conversationId, orderId,
        [self, localOrderId, conversationId, orderId](const Result<inbox::ConversationRecord> &r) {
            if (self)
                self->answered(localOrderId, conversationId, orderId, r);
        });
}

void ConversationOrderLinks::answered(qint64 localOrderId, qint64 conversationId, qint64 orderId,
                                      const Result<inbox::ConversationRecord> &answer)
{
    m_sending.remove(localOrderId);
    if (answer) {
        forget(localOrderId);
        emit linked(conversationId, orderId);
    } else if (isTransient(answer.error())) {
        qCDebug(lcLinks) << "the link of order" << orderId << "to conversation" << conversationId
                         << "waits:" << answer.error().code;
    } else {
        qCWarning(lcLinks) << "the server refused to link order" << orderId << "to conversation"
                           << conversationId << ":" << answer.error().code
                           << answer.error().message;
        forget(localOrderId);
        emit refused(conversationId, localOrderId, answer.error());
    }
}

void ConversationOrderLinks::forget(qint64 localOrderId)
{
    if (auto removed = m_cache->removeValue(keyFor(localOrderId)); !removed)
        qCWarning(lcLinks) << "cannot forget the link of order" << localOrderId << ":"
                           << removed.error().message;
}

bool ConversationOrderLinks::isTransient(const Error &error)
{
    static const QSet<QString> transient = {
        u"network_error"_s,     u"no_session"_s,     u"unauthorized"_s,
        u"too_many_attempts"_s, u"storage_error"_s,  u"storage_unavailable"_s,
        u"shutting_down"_s,     u"invalid_answer"_s, u"timeout"_s};
    return transient.contains(error.code) || error.code.startsWith(u"http_5"_s);
}

} // namespace shopdesk::client
