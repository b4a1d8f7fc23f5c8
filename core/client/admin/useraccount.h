#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk::client {

// A user as the admin's screen shows it: who, which role, whether they may sign in, whether
// their password is one an admin set, and when they last signed in.
struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString role;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime lastLoginAt; // invalid: never

    static Result<UserAccount> fromJson(const QJsonObject &json);
};

} // namespace shopdesk::client
