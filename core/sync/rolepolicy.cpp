#include "sync/rolepolicy.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

bool RolePolicy::isKnownRole(const QString &role)
{
    static const QStringList roles{u"agent"_s, u"warehouse"_s, u"manager"_s,
                                   u"admin"_s, u"shop"_s,      u"editor"_s};
    return roles.contains(role);
}

bool RolePolicy::mayReadEntity(const QString &role, const QString &entity)
{
    if (entity == u"product"_s || entity == u"stock"_s)
        return true;
    if (entity == u"customer"_s)
        return role == u"agent"_s || role == u"manager"_s || role == u"admin"_s;
    if (entity == u"movement"_s)
        return role == u"warehouse"_s || role == u"manager"_s || role == u"admin"_s;
    if (entity == u"order"_s)
        return isKnownRole(role) && role != u"editor"_s; // editors get 403 on orders
    return false;
}

bool RolePolicy::mayPostMovements(const QString &role)
{
    return role == u"warehouse"_s || role == u"admin"_s;
}

QStringList RolePolicy::warehouseRoles()
{
    return {u"warehouse"_s, u"admin"_s};
}

QStringList RolePolicy::contentRoles()
{
    return {u"editor"_s, u"manager"_s, u"admin"_s};
}

bool RolePolicy::mayPublishContent(const QString &role)
{
    return role == u"manager"_s || role == u"admin"_s;
}

bool RolePolicy::mayPlaceOrders(const QString &role)
{
    return role == u"agent"_s || role == u"shop"_s || role == u"admin"_s;
}

bool RolePolicy::mayUseOrdersScreen(const QString &role)
{
    return role == u"agent"_s || role == u"manager"_s || role == u"admin"_s;
}

bool RolePolicy::mayCancelOrders(const QString &role)
{
    return role == u"agent"_s || role == u"admin"_s;
}

bool RolePolicy::mayRecordPayments(const QString &role)
{
    return role == u"agent"_s || role == u"manager"_s || role == u"admin"_s;
}

bool RolePolicy::mayVerifyPaymentLinks(const QString &role)
{
    return role == u"manager"_s || role == u"admin"_s;
}

} // namespace shopdesk::sync
