#pragma once

#include "domain/result.h"
#include "server/httpresponse.h"
#include "server/inbox/intakemessage.h"
#include "storage/actor.h"
#include "storage/inbox/inboxarrival.h"
#include "storage/inbox/mailboxstate.h"

#include <QJsonObject>

#include <functional>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

// What the group-commit writer does for the mailbox poller, each in the job's own savepoint:
// find where the mailbox stands, and take one message. Taking is all or nothing: the position
// moves from where the poller read it (or another server took the message and nothing
// happens), the message's key is recorded, and the arrival is filed or the bounce marks the
// customers.
class MailboxIntake
{
public:
    // Files one arrival into the inbox, inside the transaction that takes the message. A
    // failure takes nothing: the message is tried again at the next poll.
    using Sink = std::function<Result<void>(storage::ShopStore &store,
                                            const storage::InboxArrival &arrival)>;

    // Who the mailbox's changes are recorded as (customers marked by a bounce).
    static storage::Actor actor();

    // 200 with the position under uidValidity: started at UID 0 when the mailbox was never
    // read or its UIDVALIDITY changed.
    static HttpResponse settle(storage::ShopStore &store, const QString &mailbox,
                               quint32 uidValidity);
    // 200 {"taken": true|false (its key was taken before)}, 409 {"lost": true, position} when
    // the position is no longer `from`, 500 when storage or the sink failed. A message without
    // a key (expunged before it could be fetched) only moves the position past uid.
    static HttpResponse take(storage::ShopStore &store, const QString &mailbox,
                             const storage::MailboxState::Position &from, quint32 uid,
                             const IntakeMessage &message, const Sink &sink);

    static QJsonObject positionJson(const storage::MailboxState::Position &position);
    static storage::MailboxState::Position position(const QJsonObject &json);
};

} // namespace shopdesk::server
