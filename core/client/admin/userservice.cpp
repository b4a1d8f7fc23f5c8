#include "client/admin/userservice.h"

#include "client/apiclient.h"
#include "domain/tr.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString usersPath = u"/api/v1/users"_s;

QString userPath(qint64 id)
{
    return usersPath + u'/' + QString::number(id);
}

} // namespace

UserService::UserService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_calls(api)
    , m_keys(std::make_shared<RetryKeys>())
{}

JsonCalls::Answer UserService::asUser(UserDone done)
{
    QPointer<UserService> self(this);
    return [self, done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(UserAccount::fromJson(answer.value()));
        if (self)
            emit self->usersChanged();
    };
}

void UserService::list(UsersDone done)
{
    m_calls.get(usersPath, {}, [done](const Result<QJsonObject> &page) {
        if (!page)
            return done(page.error());
        done(JsonCalls::itemsOf<UserAccount>(page.value()));
    });
}

void UserService::create(const QString &username, const QString &role, const QString &password,
                         bool mustChangePassword, UserDone done)
{
    m_calls.post(usersPath,
                 QJsonObject{{u"username"_s, username},
                             {u"role"_s, role},
                             {u"password"_s, password},
                             {u"must_change_password"_s, mustChangePassword}},
                 asUser(std::move(done)));
}

void UserService::setRole(qint64 id, const QString &role, UserDone done)
{
    patch(id, QJsonObject{{u"role"_s, role}}, std::move(done));
}

void UserService::setDisabled(qint64 id, bool disabled, UserDone done)
{
    patch(id, QJsonObject{{u"disabled"_s, disabled}}, std::move(done));
}

void UserService::resetPassword(qint64 id, const QString &password, UserDone done)
{
    m_calls.post(userPath(id) + u"/password"_s, QJsonObject{{u"password"_s, password}},
                 asUser(std::move(done)));
}

void UserService::patch(qint64 id, const QJsonObject &body, UserDone done)
{
    const JsonCalls::Answer answer = asUser(std::move(done));
    if (!m_api)
        return answer(Error{u"no_session"_s, Tr::tr("Not signed in."), {}});
    const QString path = userPath(id);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys->keyFor("PATCH", path, bytes);
    std::weak_ptr<RetryKeys> keys = m_keys;
    m_api->send("PATCH", path, bytes, key, [keys, path, bytes, answer](const ApiReply &reply) {
        if (const auto held = keys.lock())
            held->answered("PATCH", path, bytes, reply);
        if (!reply.isSuccess())
            return answer(reply.error());
        answer(reply.json());
    });
}

} // namespace shopdesk::client
