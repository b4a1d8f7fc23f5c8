#pragma once

#include "server/jsonbody.h"

#include <QString>

namespace shopdesk::server {

// Reads a money field of a request body, {"amount_minor", "currency"}, into body's error
// state: a wrong shape is 400, an amount under minimum 422 `invalid_amount`, a currency other
// than the shop's 422 `currency_mismatch`.
class MoneyField
{
public:
    // The amount in minor units; 0 when absent (and not required) or after an error.
    static qint64 read(JsonBody &body, const QString &field, bool required,
                       const QString &shopCurrency, qint64 minimum);
};

} // namespace shopdesk::server
