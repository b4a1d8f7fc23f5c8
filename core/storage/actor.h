#pragma once

#include <QString>

namespace shopdesk::storage {

// The signed-in user a request acts for; named in every change record and ledger row.
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString role;
};

} // namespace shopdesk::storage
