#pragma once

#include "domain/result.h"
#include "server/serveroptions.h"

namespace shopdesk::server {

// `shopdesk-server demo`: fills an empty store with a believable shop through the real
// storage layer (so the ledger, reservations and change log hold as in production):
// 2,000+ products in categories, 5,000 customers, two years of orders ending now with a
// November/December peak and a channel mix, the stock movements behind them, and one user
// per role with the documented demo passwords.
class DemoData
{
public:
    // The demo users' names and passwords, one per role.
    static QList<std::pair<QString, QString>> users();
    // A one-paragraph summary of what was made, or why nothing was.
    static Result<QString> fill(const ServerOptions &options, uint seed);
};

} // namespace shopdesk::server
