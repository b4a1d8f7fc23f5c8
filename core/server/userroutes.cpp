#include "server/userroutes.h"

#include "domain/permissions.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/passwordhasher.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QList<Route> UserRoutes::routes()
{
    return {
        {"GET", u"users"_s, Capability::ManageUsers, [this](const CallPtr &c) { listUsers(c); }},
        {"POST", u"users"_s, Capability::ManageUsers, [this](const CallPtr &c) { createUser(c); }},
    };
}

void UserRoutes::createUser(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"username"_s, u"password"_s, u"role"_s});
    const QString username = body.string(u"username"_s, true, JsonBody::nameLength, false);
    const QString password = body.string(u"password"_s, true, JsonBody::textLength);
    const QString role = body.oneOf(u"role"_s, true, Permissions::roles(), u"unknown_role"_s);
    if (body.ok() && password.size() < 8) {
        body.setError(422, u"weak_password"_s, Tr::tr("A password needs at least 8 characters."),
                      u"password"_s);
    }
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    QtConcurrent::run(&m_hashing, [password] {
        return PasswordHasher::hash(password);
    }).then(m_context, [call, actor, username, role](const Result<QString> &hashed) {
        if (!hashed)
            return call->fail(hashed.error());
        call->write(201, [actor, username, role, hash = hashed.value()](storage::ShopStore &store) {
            return store.users().create(actor, username, hash, role);
        });
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

} // namespace shopdesk::server
