#pragma once

#include <QString>
#include <QStringList>

namespace shopdesk::client {

// What each role may read and do, as the permission table (domain/permissions.h) grants it:
// the cache keeps nothing more, the screens offer nothing more.
class RolePolicy
{
public:
    static bool isKnownRole(const QString &role);
    static bool mayReadEntity(const QString &role, const QString &entity);
    static bool mayPostMovements(const QString &role);
    static bool mayPlaceOrders(const QString &role);
    // The desktop Orders screen: agents, and managers and admins who oversee them.
    static bool mayUseOrdersScreen(const QString &role);
    static bool mayCancelOrders(const QString &role);
    static bool mayRecordPayments(const QString &role);
    // Checking a paid payment link (POST /payment-links/verify) is for managers and admins.
    static bool mayVerifyPaymentLinks(const QString &role);
    // Who works in the Warehouse module (movements, pick lists, shipping).
    static QStringList warehouseRoles();
    // Who writes product pages (the Content module), and who also publishes them.
    static QStringList contentRoles();
    static bool mayPublishContent(const QString &role);
    // Who opens the Customers screen (agents, QA, managers, admins), who edits a customer
    // there, and who exports or erases everything held about one (managers and admins).
    static QStringList customerRoles();
    static bool mayEditCustomers(const QString &role);
    static bool mayManageCustomerData(const QString &role);
};

} // namespace shopdesk::client
