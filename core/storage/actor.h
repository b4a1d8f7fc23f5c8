#pragma once

#include <QString>

namespace shopdesk::storage {

// The signed-in user a request acts for; named in every change record and ledger row.
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString role;
    // Signed in with a password an admin set: only the own password may be changed.
    bool mustChangePassword = false;
    // Where the request came from (the peer, or the client a trusted proxy names); empty for
    // the server's own work. The change log records it.
    QString address = {};
};

} // namespace shopdesk::storage
