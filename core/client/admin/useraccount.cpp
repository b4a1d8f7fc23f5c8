#include "client/admin/useraccount.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

Result<UserAccount> UserAccount::fromJson(const QJsonObject &json)
{
    UserAccount user;
    user.id = json.value(u"id"_s).toInteger();
    user.username = json.value(u"username"_s).toString();
    user.role = json.value(u"role"_s).toString();
    if (user.id <= 0 || user.username.isEmpty() || user.role.isEmpty())
        return Error{u"invalid_answer"_s, Tr::tr("The server sent a user without a name."), {}};
    user.disabled = json.value(u"disabled"_s).toBool();
    user.mustChangePassword = json.value(u"must_change_password"_s).toBool();
    user.createdAt = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODate);
    user.lastLoginAt =
        QDateTime::fromString(json.value(u"last_login_at"_s).toString(), Qt::ISODate);
    return user;
}

} // namespace shopdesk::client
