#pragma once

#include "domain/capability.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk {

// The permission table: which role has which capability. The server refuses a route whose
// capability the caller's role lacks (403); the client shows only what the role may do.
class Permissions
{
public:
    // agent, warehouse, manager, admin, shop, editor.
    static const QStringList &roles();
    static bool isKnownRole(const QString &role);
    static bool allows(const QString &role, Capability capability);
    // The roles granted the capability, in the order of roles().
    static QStringList rolesWith(Capability capability);
    // Every capability in the table, in declaration order.
    static QList<Capability> capabilities();
    // A stable name such as "place_orders", for logs and tests.
    static QString name(Capability capability);
};

} // namespace shopdesk
