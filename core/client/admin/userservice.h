#pragma once

#include "client/admin/useraccount.h"
#include "client/jsoncalls.h"
#include "client/retrykeys.h"
#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace shopdesk::client {

class ApiClient;

// The users' calls to the server (docs/api.md, "Users"): list, create, change role, disable or
// enable, and set a password the user must change. Each change carries its own
// Idempotency-Key, reused only when the same request is sent again after getting no answer.
// A refusal comes as the server's Error (UserRefusal words it).
class UserService : public QObject
{
    Q_OBJECT
public:
    using UserDone = std::function<void(const Result<UserAccount> &)>;
    using UsersDone = std::function<void(const Result<QList<UserAccount>> &)>;

    explicit UserService(ApiClient *api, QObject *parent = nullptr);

    void list(UsersDone done);
    void create(const QString &username, const QString &role, const QString &password,
                bool mustChangePassword, UserDone done);
    void setRole(qint64 id, const QString &role, UserDone done);
    void setDisabled(qint64 id, bool disabled, UserDone done);
    // The user must change it at the next sign-in; their sessions end now.
    void resetPassword(qint64 id, const QString &password, UserDone done);

signals:
    // A user was made or changed from here.
    void usersChanged();

private:
    void patch(qint64 id, const QJsonObject &body, UserDone done);
    JsonCalls::Answer asUser(UserDone done);

    QPointer<ApiClient> m_api;
    JsonCalls m_calls;
    // Shared with the answers in flight, which outlive a service deleted meanwhile.
    std::shared_ptr<RetryKeys> m_keys;
};

} // namespace shopdesk::client
