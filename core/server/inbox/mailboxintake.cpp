#include "server/inbox/mailboxintake.h"

#include "server/call.h"
#include "storage/inbox/mailboxbounces.h"
#include "storage/shopstore.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

HttpResponse failed(const Error &error)
{
    return HttpResponse::json(500, Call::errorJson(error));
}

Result<void> markBounced(storage::ShopStore &store, const IntakeMessage &message)
{
    storage::MailboxBounces bounces(store.database(), store.clock(), store.changes(),
                                    store.customers());
    for (const QString &address : message.failedRecipients) {
        if (auto marked = bounces.markFailing(MailboxIntake::actor(), address, message.failure);
            !marked)
            return marked.error();
    }
    return {};
}

} // namespace

storage::Actor MailboxIntake::actor()
{
    return storage::Actor{0, u"mailbox"_s, u"system"_s};
}

QJsonObject MailboxIntake::positionJson(const storage::MailboxState::Position &position)
{
    return QJsonObject{{u"known"_s, position.known},
                       {u"uid_validity"_s, qint64(position.uidValidity)},
                       {u"last_uid"_s, qint64(position.lastUid)}};
}

storage::MailboxState::Position MailboxIntake::position(const QJsonObject &json)
{
    storage::MailboxState::Position position;
    position.known = json.value(u"known"_s).toBool();
    position.uidValidity = quint32(json.value(u"uid_validity"_s).toInteger());
    position.lastUid = quint32(json.value(u"last_uid"_s).toInteger());
    return position;
}

HttpResponse MailboxIntake::settle(storage::ShopStore &store, const QString &mailbox,
                                   quint32 uidValidity)
{
    storage::MailboxState state(store.database(), store.clock());
    auto position = state.position(mailbox);
    if (!position)
        return failed(position.error());
    if (!position->known || position->uidValidity != uidValidity) {
        // The UIDs of a new UIDVALIDITY name other messages; the keys keep what was taken
        // under the old one from being taken twice.
        auto restarted = state.restart(mailbox, *position, uidValidity);
        if (!restarted)
            return failed(restarted.error());
        position = state.position(mailbox);
        if (!position)
            return failed(position.error());
    }
    return HttpResponse::json(200, positionJson(*position));
}

HttpResponse MailboxIntake::take(storage::ShopStore &store, const QString &mailbox,
                                 const storage::MailboxState::Position &from, quint32 uid,
                                 const IntakeMessage &message, const Sink &sink)
{
    storage::MailboxState state(store.database(), store.clock());
    // First, so that a second server waits here for the first one's commit and then finds the
    // position moved, before it has filed anything.
    auto moved = state.advance(mailbox, from, uid);
    if (!moved)
        return failed(moved.error());
    if (!*moved) {
        auto now = state.position(mailbox);
        if (!now)
            return failed(now.error());
        QJsonObject lost = positionJson(*now);
        lost.insert(u"lost"_s, true);
        return HttpResponse::json(409, lost);
    }
    if (message.key.isEmpty())
        return HttpResponse::json(200, QJsonObject{{u"taken"_s, false}});
    auto fresh = state.remember(mailbox, message.key, from.uidValidity, uid,
                                IntakeMessage::kindName(message.kind), message.arrival.rawSize);
    if (!fresh)
        return failed(fresh.error());
    if (!*fresh)
        return HttpResponse::json(200, QJsonObject{{u"taken"_s, false}});
    const Result<void> filed = message.kind == IntakeMessage::Kind::Bounce
                                   ? markBounced(store, message)
                                   : sink(store, message.arrival);
    if (!filed)
        return failed(filed.error());
    return HttpResponse::json(200, QJsonObject{{u"taken"_s, true}});
}

} // namespace shopdesk::server
