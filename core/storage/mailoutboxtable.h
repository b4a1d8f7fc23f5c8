#pragma once

#include "storage/migrationstep.h"

namespace shopdesk::storage {

// The mail outbox's table (mail::MailOutbox reads and writes it), made by the migrations
// under their lock so that servers starting together on one database do not race to create it.
class MailOutboxTable
{
public:
    static QList<MigrationStep> migrations();
};

} // namespace shopdesk::storage
