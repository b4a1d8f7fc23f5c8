#include "server/authenticator.h"

#include "domain/tr.h"
#include "server/call.h"
#include "server/passwordhasher.h"
#include "storage/shopstore.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// Until a user has replaced the password an admin set, only these routes answer.
bool allowedBeforePasswordChange(const HttpRequest &request)
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/api/v1/session"_s)
        return request.method == "GET" || request.method == "DELETE";
    return path == u"/api/v1/session/password"_s && request.method == "POST";
}

} // namespace

bool Authenticator::authenticate(Call &call, const QString &token)
{
    if (!identify(call, token))
        return false;
    if (call.actor.mustChangePassword && !allowedBeforePasswordChange(call.request)) {
        call.fail(u"password_change_required"_s,
                  Tr::tr("Change your password first: an admin set it for you."));
        return false;
    }
    return true;
}

void Authenticator::forgetUser(qint64 userId)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->actor.userId == userId)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

bool Authenticator::identify(Call &call, const QString &token)
{
    if (token.isEmpty()) {
        call.fail(u"unauthorized"_s, Tr::tr("Sign in first: this route needs a bearer token."));
        return false;
    }
    const QString hash = PasswordHasher::tokenHash(token);
    const qint64 now = storage::StoreClock::nowMsecs();
    if (auto it = m_sessions.constFind(hash); it != m_sessions.constEnd()) {
        if (now < it->expiresAt && now - it->checkedAt < tokenCacheMs) {
            call.actor = it->actor;
            call.tokenHash = hash;
            return true;
        }
        m_sessions.erase(it);
    }
    qint64 expiresAt = 0;
    auto actor = m_reader.users().actorForToken(hash, now, &expiresAt);
    if (!actor) {
        if (actor.error().code == u"not_found"_s)
            call.fail(u"unauthorized"_s, Tr::tr("The token is unknown, revoked or expired."));
        else
            call.fail(u"storage_unavailable"_s, actor.error().message);
        return false;
    }
    if (m_sessions.size() > 10000)
        m_sessions.clear();
    m_sessions.insert(hash, CachedSession{actor.value(), expiresAt, now});
    call.actor = actor.value();
    call.tokenHash = hash;
    return true;
}

} // namespace shopdesk::server
