#pragma once

#include <QString>

#include "storage/migrationstep.h"

namespace shopdesk::storage {

// The mail outbox's table (mail::MailOutbox reads and writes it), made by the migrations
// under their lock so that servers starting together on one database do not race to create it.
class MailOutboxTable
{
public:
    static QList<MigrationStep> migrations();

    // The kinds of mail whose reference is an order's id, as an SQL list
    // "('order_confirmation', …)": the customer's timeline, export and erasure read the same.
    static QString orderMailKinds();
};

} // namespace shopdesk::storage
