#pragma once

#include <QString>

namespace shopdesk::client {

// A stock movement as the warehouse officer entered it (POST /movements).
struct MovementDraft
{
    QString sku;
    QString kind;        // receipt, return, removal, adjustment, transfer
    qint64 quantity = 0; // signed change of on-hand; positive for a transfer
    QString reason;
    QString location;     // optional
    QString fromLocation; // transfer only
    QString toLocation;   // transfer only
};

} // namespace shopdesk::client
