#include "client/admin/userrefusal.h"

#include "client/errortext.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

QString UserRefusal::describe(const Error &error)
{
    if (error.code == u"last_admin"_s)
        return Tr::tr("This is the last admin: make another user an admin first.");
    if (error.code == u"cannot_disable_self"_s)
        return Tr::tr("You cannot disable yourself; another admin can.");
    if (error.code == u"username_exists"_s)
        return Tr::tr("This user name is taken: choose another.");
    if (error.code == u"weak_password"_s)
        return Tr::tr("The password is too short: use at least 8 characters.");
    if (error.code == u"same_password"_s)
        return Tr::tr("The new password must differ from the old one.");
    if (error.code == u"wrong_password"_s)
        return Tr::tr("The old password is wrong.");
    return ErrorText::describe(error);
}

} // namespace shopdesk::client
