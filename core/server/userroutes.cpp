#include "server/userroutes.h"

#include "domain/permissions.h"
#include "domain/tr.h"
#include "server/authenticator.h"
#include "server/changefeed.h"
#include "server/jsonbody.h"
#include "server/passwordbody.h"
#include "server/passwordhasher.h"

#include <QFuture>
#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// A password long enough, or the error on body.
void checkPassword(JsonBody &body, const QString &password, const QString &field)
{
    if (body.ok() && password.size() < PasswordBody::minimumLength) {
        body.setError(
            422, u"weak_password"_s,
            Tr::tr("A password needs at least %1 characters.").arg(PasswordBody::minimumLength),
            field);
    }
}

// An optional true or false; anything else is a 400.
std::optional<bool> optionalBool(JsonBody &body, const QString &field)
{
    const QJsonValue value = body.object().value(field);
    if (value.isUndefined() || !body.ok())
        return std::nullopt;
    if (!value.isBool()) {
        body.setError(400, u"invalid_type"_s,
                      Tr::tr("The field \"%1\" must be true or false.").arg(field), field);
        return std::nullopt;
    }
    return value.toBool();
}

} // namespace

QList<Route> UserRoutes::routes()
{
    return {
        {"GET", u"users"_s, Capability::ManageUsers, [this](const CallPtr &c) { listUsers(c); }},
        {"POST", u"users"_s, Capability::ManageUsers, [this](const CallPtr &c) { createUser(c); }},
        {"PATCH", u"users/{id}"_s, Capability::ManageUsers,
         [this](const CallPtr &c) { updateUser(c); }},
        {"POST", u"users/{id}/password"_s, Capability::ManageUsers,
         [this](const CallPtr &c) { resetPassword(c); }},
    };
}

void UserRoutes::hashThen(const CallPtr &call, const QString &password,
                          std::function<void(const QString &hash)> next)
{
    QtConcurrent::run(&m_hashing, [password] {
        return PasswordHasher::hash(password);
    }).then(m_context, [call, next = std::move(next)](const Result<QString> &hashed) {
        if (!hashed)
            return call->fail(hashed.error());
        next(hashed.value());
    });
}

void UserRoutes::createUser(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"username"_s, u"password"_s, u"role"_s, u"must_change_password"_s});
    const QString username = body.string(u"username"_s, true, JsonBody::nameLength, false);
    const QString password = body.string(u"password"_s, true, JsonBody::textLength);
    const QString role = body.oneOf(u"role"_s, true, Permissions::roles(), u"unknown_role"_s);
    const bool mustChange = optionalBool(body, u"must_change_password"_s).value_or(false);
    checkPassword(body, password, u"password"_s);
    if (!body.ok())
        return call->fail(body.error());
    hashThen(call, password, [call, username, role, mustChange](const QString &hash) {
        const storage::Actor actor = call->actor;
        WriteJob job;
        job.run = [actor, username, role, mustChange, hash](storage::ShopStore &store) {
            const auto user = store.users().create(actor, username, hash, role, mustChange);
            return user ? HttpResponse::json(201, user.value()) : Call::errorResponse(user.error());
        };
        call->submit(std::move(job), PasswordBody::fingerprint(*call));
    });
}

void UserRoutes::listUsers(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    auto users = m_reader.users().list();
    if (!users)
        return call->fail(users.error());
    call->answer(HttpResponse::json(
        200, QJsonObject{{u"items"_s, users.value()}, {u"next"_s, QJsonValue::Null}}));
}

void UserRoutes::updateUser(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"role"_s, u"disabled"_s});
    storage::UserStore::Change change;
    if (body.has(u"role"_s))
        change.role = body.oneOf(u"role"_s, true, Permissions::roles(), u"unknown_role"_s);
    change.disabled = optionalBool(body, u"disabled"_s);
    if (body.ok() && object.isEmpty()) {
        body.setError(400, u"missing_field"_s,
                      Tr::tr("Name what changes: \"role\", \"disabled\" or both."), u"role"_s);
    }
    if (!body.ok())
        return call->fail(body.error());
    const qint64 id = call->idParam(0);
    const QString fingerprint =
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    submitChange(
        call, id,
        [actor = call->actor, id, change](storage::ShopStore &store, QStringList *ended) {
            return store.users().update(actor, id, change, ended);
        },
        fingerprint);
}

void UserRoutes::resetPassword(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"password"_s});
    const QString password = body.string(u"password"_s, true, JsonBody::textLength);
    checkPassword(body, password, u"password"_s);
    if (!body.ok())
        return call->fail(body.error());
    const qint64 id = call->idParam(0);
    hashThen(call, password, [this, call, id](const QString &hash) {
        submitChange(
            call, id,
            [actor = call->actor, id, hash](storage::ShopStore &store, QStringList *ended) {
                return store.users().resetPassword(actor, id, hash, ended);
            },
            PasswordBody::fingerprint(*call));
    });
}

void UserRoutes::submitChange(const CallPtr &call, qint64 userId, Mutation mutation,
                              const QString &fingerprint)
{
    // Filled on the writer's thread, read on this one once the batch is durable.
    auto ended = std::make_shared<QStringList>();
    WriteJob job;
    job.run = [mutation = std::move(mutation), ended](storage::ShopStore &store) {
        ended->clear(); // a refused run is rolled back: its ended sessions are not
        const auto user = mutation(store, ended.get());
        if (!user) {
            ended->clear();
            return Call::errorResponse(user.error());
        }
        return HttpResponse::json(200, user.value());
    };
    job.done = [this, ended, userId](const HttpResponse &response) {
        if (response.status >= 400)
            return;
        m_authenticator.forgetUser(userId);
        for (const QString &tokenHash : std::as_const(*ended))
            m_feed.revoke(tokenHash);
    };
    call->submit(std::move(job), fingerprint);
}

} // namespace shopdesk::server
