#pragma once

#include "domain/capability.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk {

// The permission table: which role has which capability. The server refuses a route whose
// capability the caller's role lacks (403); the client shows only what the role may do.
class Permissions
{
public:
    // agent, warehouse, manager, admin, shop, editor, qa.
    static const QStringList &roles();
    static bool isKnownRole(const QString &role);
    static bool allows(const QString &role, Capability capability);
    // The roles granted the capability, in the order of roles().
    static QStringList rolesWith(Capability capability);
    // Every capability in the table, in declaration order.
    static QList<Capability> capabilities();
    // A stable name such as "place_orders", for logs and tests.
    static QString name(Capability capability);

    // Every entity the change log records ("product", "stock", "order", …).
    static const QStringList &entities();
    // The capability that reads the entity's change records; none for an entity the log
    // does not record.
    static std::optional<Capability> readerOf(const QString &entity);
    // Whether the role receives the entity's change records (in /changes, /live and the
    // client's cache); an unknown entity is read by no role.
    static bool mayRead(const QString &role, const QString &entity);
};

} // namespace shopdesk
