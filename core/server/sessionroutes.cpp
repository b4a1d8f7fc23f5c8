#include "server/sessionroutes.h"

#include "domain/tr.h"
#include "server/authenticator.h"
#include "server/changefeed.h"
#include "server/jsonbody.h"
#include "server/passwordbody.h"
#include "server/passwordhasher.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

SessionRoutes::SessionRoutes(const ServerOptions &options, storage::ShopStore &reader,
                             Authenticator &authenticator, ChangeFeed &feed, QThreadPool &hashing,
                             QObject *context)
    : m_options(options)
    , m_reader(reader)
    , m_authenticator(authenticator)
    , m_feed(feed)
    , m_hashing(hashing)
    , m_context(context)
    , m_limiter(reader)
    , m_clientAddress(options.trustedProxies)
{}

QList<Route> SessionRoutes::routes()
{
    return {
        Route::open("GET", u"health"_s, [this](const CallPtr &call) { health(call); }),
        Route::open("POST", u"session"_s, [this](const CallPtr &call) { login(call); }),
        {"GET", u"session"_s, Capability::UseSession, [this](const CallPtr &c) { whoAmI(c); }},
        {"DELETE", u"session"_s, Capability::UseSession, [this](const CallPtr &c) { logout(c); }},
        {"POST", u"session/password"_s, Capability::UseSession,
         [this](const CallPtr &c) { changePassword(c); }},
    };
}

void SessionRoutes::health(const CallPtr &call)
{
    call->answer(
        HttpResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s},
                                            {u"version"_s, QStringLiteral(SHOPDESK_VERSION)}}));
}

void SessionRoutes::login(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"username"_s, u"password"_s});
    const QString username = body.string(u"username"_s, true, JsonBody::nameLength);
    const QString password = body.string(u"password"_s, true, JsonBody::textLength);
    if (!body.ok())
        return call->fail(body.error());

    const QString address = m_clientAddress.of(call->request).toString();
    const qint64 now = storage::StoreClock::nowMsecs();
    const Result<int> wait = m_limiter.retryAfter(username, address, now);
    if (!wait)
        return call->fail(u"storage_unavailable"_s, wait.error().message);
    if (wait.value() > 0) {
        return call->fail(
            u"too_many_attempts"_s,
            Tr::tr("Too many failed sign-ins; try again in %1 seconds.").arg(wait.value()),
            QJsonObject{{u"retry_after"_s, wait.value()}});
    }
    auto user = m_reader.users().byName(username);
    if (!user && user.error().code != u"not_found"_s)
        return call->fail(u"storage_unavailable"_s, user.error().message);
    // Unknown users cost the same Argon2 work, so timing does not tell which names exist.
    static const QString decoy = PasswordHasher::hash(u"decoy password"_s).valueOr(QString());
    const QString encoded = user ? user.value().passwordHash : decoy;
    // A disabled user is answered like a wrong password: no hint that the name exists.
    const bool usable = user.ok() && !user.value().disabled;
    // Logins are not kept for replay: the token must exist in clear nowhere.
    call->idempotencyKey.clear();
    QtConcurrent::run(&m_hashing,
                      [encoded, password] { return PasswordHasher::verify(encoded, password); })
        .then(m_context,
              [this, call, usable, username, address, record = user.valueOr({})](bool verified) {
                  if (!usable || !verified)
                      return refuse(call, username, address);
                  startSession(call, record);
              });
}

void SessionRoutes::refuse(const CallPtr &call, const QString &username, const QString &address)
{
    const qint64 at = storage::StoreClock::nowMsecs();
    call->write(
        200,
        [](storage::ShopStore &) -> Result<QJsonObject> {
            return Error{
                u"invalid_credentials"_s, Tr::tr("The user name or password is wrong."), {}};
        },
        // The failure is kept although the answer is a refusal: the limiter counts it.
        [username, address, at](storage::ShopStore &store, const HttpResponse &) {
            return LoginLimiter::recordFailure(store, username, address, at).ok();
        });
}

void SessionRoutes::startSession(const CallPtr &call, const storage::UserStore::UserRecord &record)
{
    const qint64 at = storage::StoreClock::nowMsecs();
    const QString token = PasswordHasher::newToken();
    const QString tokenHash = PasswordHasher::tokenHash(token);
    const qint64 expires = at + qint64(m_options.sessionSeconds) * 1000;
    const QJsonObject answerBody{
        {u"token"_s, token},
        {u"expires_at"_s, storage::StoreClock::isoTime(expires)},
        {u"user"_s, QJsonObject{{u"id"_s, record.id},
                                {u"username"_s, record.username},
                                {u"role"_s, record.role},
                                {u"must_change_password"_s, record.mustChangePassword}}}};
    call->write(200,
                [tokenHash, record, at, expires,
                 answerBody](storage::ShopStore &store) -> Result<QJsonObject> {
                    if (auto ok = store.users().createSession(tokenHash, record.id, at, expires);
                        !ok)
                        return ok.error();
                    if (auto ok = store.users().recordLogin(record.id, at); !ok)
                        return ok.error();
                    if (auto ok = LoginLimiter::recordSuccess(store, record.username); !ok)
                        return ok.error();
                    return answerBody;
                });
}

void SessionRoutes::changePassword(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"old_password"_s, u"new_password"_s});
    const QString oldPassword = body.string(u"old_password"_s, true, JsonBody::textLength);
    const QString newPassword = body.string(u"new_password"_s, true, JsonBody::textLength);
    if (body.ok() && newPassword.size() < PasswordBody::minimumLength) {
        body.setError(
            422, u"weak_password"_s,
            Tr::tr("A password needs at least %1 characters.").arg(PasswordBody::minimumLength),
            u"new_password"_s);
    }
    if (body.ok() && newPassword == oldPassword) {
        body.setError(422, u"same_password"_s,
                      Tr::tr("The new password must differ from the old one."), u"new_password"_s);
    }
    if (!body.ok())
        return call->fail(body.error());
    auto user = m_reader.users().byName(call->actor.username);
    if (!user)
        return call->fail(u"storage_unavailable"_s, user.error().message);
    QtConcurrent::run(
        &m_hashing,
        [encoded = user.value().passwordHash, oldPassword, newPassword]() -> Result<QString> {
            if (!PasswordHasher::verify(encoded, oldPassword)) {
                return Error{u"wrong_password"_s, Tr::tr("The old password is wrong."),
                             QJsonObject{{u"field"_s, u"old_password"_s}}};
            }
            return PasswordHasher::hash(newPassword);
        })
        .then(m_context, [this, call](const Result<QString> &hashed) {
            if (!hashed)
                return call->fail(hashed.error());
            const storage::Actor actor = call->actor;
            WriteJob job;
            job.run = [actor, hash = hashed.value()](storage::ShopStore &store) {
                const auto user = store.users().changePassword(actor, hash);
                return user ? HttpResponse::json(200, user.value())
                            : Call::errorResponse(user.error());
            };
            // The cached session still says the password must change: read it afresh.
            job.done = [this, userId = actor.userId](const HttpResponse &) {
                m_authenticator.forgetUser(userId);
            };
            call->submit(std::move(job), PasswordBody::fingerprint(*call));
        });
}

void SessionRoutes::logout(const CallPtr &call)
{
    const QString tokenHash = call->tokenHash; // authenticated, so this very session
    m_authenticator.forget(tokenHash);         // revoked on this server at once
    m_feed.revoke(tokenHash);                  // and its live feeds end
    call->idempotencyKey.clear();
    call->write(200, [tokenHash](storage::ShopStore &store) -> Result<QJsonObject> {
        if (auto ok = store.users().deleteSession(tokenHash); !ok)
            return ok.error();
        return QJsonObject{{u"status"_s, u"signed_out"_s}};
    });
}

void SessionRoutes::whoAmI(const CallPtr &call)
{
    call->answer(HttpResponse::json(
        200, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, call->actor.userId},
                                                 {u"username"_s, call->actor.username},
                                                 {u"role"_s, call->actor.role},
                                                 {u"must_change_password"_s,
                                                  call->actor.mustChangePassword}}}}));
}

} // namespace shopdesk::server
