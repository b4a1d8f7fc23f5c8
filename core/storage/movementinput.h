#pragma once

#include <QString>

namespace shopdesk::storage {

// A ledger entry asked for through POST /movements.
struct MovementInput
{
    QString sku;
    QString kind; // receipt, return, removal, adjustment, transfer
    qint64 quantity = 0;
    QString reason;
    QString location;     // all kinds but transfer
    QString fromLocation; // transfer
    QString toLocation;   // transfer
};

} // namespace shopdesk::storage
