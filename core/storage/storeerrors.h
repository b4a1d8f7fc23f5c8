#pragma once

#include "domain/result.h"

#include <QString>

namespace shopdesk::storage {

// The refusals several stores share, worded once.
class StoreErrors
{
public:
    static Error notFound(const QString &what);
    static Error insufficientStock(const QString &sku, qint64 requested, qint64 available);
    static Error unknownSku(const QString &sku);
};

} // namespace shopdesk::storage
