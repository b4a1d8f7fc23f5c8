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
    // How much to make. The full shop is the default; the small one (a tenth of the
    // products, 300 customers, two months) is for tests and quick looks.
    struct Size
    {
        int brandsPerItem = 10; // products = items x brands x (1..2 variants)
        int customers = 5000;
        int days = 730;
        int ordersPerDay = 12; // the yearly mean before seasonality
        static Size small() { return Size{1, 300, 60, 12}; }
    };

    // A one-paragraph summary of what was made, or why nothing was.
    static Result<QString> fill(const ServerOptions &options, uint seed, const Size &size);
};

} // namespace shopdesk::server
