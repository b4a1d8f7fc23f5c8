#include "client/rolepolicy.h"

#include "domain/permissions.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

bool RolePolicy::isKnownRole(const QString &role)
{
    return Permissions::isKnownRole(role);
}

bool RolePolicy::mayReadEntity(const QString &role, const QString &entity)
{
    return Permissions::mayRead(role, entity);
}

bool RolePolicy::mayPostMovements(const QString &role)
{
    return Permissions::allows(role, Capability::PostMovements);
}

QStringList RolePolicy::warehouseRoles()
{
    return Permissions::rolesWith(Capability::PostMovements);
}

QStringList RolePolicy::contentRoles()
{
    return Permissions::rolesWith(Capability::EditContent);
}

bool RolePolicy::mayPublishContent(const QString &role)
{
    return Permissions::allows(role, Capability::PublishContent);
}

bool RolePolicy::mayPlaceOrders(const QString &role)
{
    return Permissions::allows(role, Capability::PlaceOrders);
}

bool RolePolicy::mayUseOrdersScreen(const QString &role)
{
    // The screen looks customers up and lists their orders.
    return Permissions::allows(role, Capability::ReadCustomers) &&
           Permissions::allows(role, Capability::ReadOrders);
}

bool RolePolicy::mayCancelOrders(const QString &role)
{
    return Permissions::allows(role, Capability::CancelOrders);
}

bool RolePolicy::mayRecordPayments(const QString &role)
{
    return Permissions::allows(role, Capability::RecordPayments);
}

bool RolePolicy::mayVerifyPaymentLinks(const QString &role)
{
    return Permissions::allows(role, Capability::VerifyPaymentLinks);
}

QStringList RolePolicy::customerRoles()
{
    return Permissions::rolesWith(Capability::ReadCustomers);
}

bool RolePolicy::mayEditCustomers(const QString &role)
{
    return Permissions::allows(role, Capability::EditCustomers);
}

bool RolePolicy::mayManageCustomerData(const QString &role)
{
    return Permissions::allows(role, Capability::ManageCustomerData);
}

} // namespace shopdesk::client
