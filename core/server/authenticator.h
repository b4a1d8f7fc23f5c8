#pragma once

#include "storage/actor.h"

#include <QHash>
#include <QString>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

class Call;

// Finds who sent a request from its bearer token. Recently checked tokens (by hash) are
// remembered, so most requests need no session look-up; an entry lives at most
// tokenCacheMs: a logout on another server sharing the database takes effect here within
// that time, on this server at once (forget()).
class Authenticator
{
public:
    static constexpr qint64 tokenCacheMs = 5000;

    explicit Authenticator(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    // Sets the call's actor and token hash, or fails it with 401 (503 when storage fails);
    // a user who must change the password gets 403 on every route but the session's.
    bool authenticate(Call &call, const QString &token);
    void forget(const QString &tokenHash) { m_sessions.remove(tokenHash); }
    // Every cached session of the user: disabled, or the password changed.
    void forgetUser(qint64 userId);

private:
    bool identify(Call &call, const QString &token);

    struct CachedSession
    {
        storage::Actor actor;
        qint64 expiresAt = 0;
        qint64 checkedAt = 0;
    };

    storage::ShopStore &m_reader;
    QHash<QString, CachedSession> m_sessions;
};

} // namespace shopdesk::server
