#pragma once

#include "domain/stockmovement.h"

#include <QString>

namespace shopdesk::client {

// The words the client shows for a stock movement's kind, translated.
class MovementText
{
public:
    static QString kind(MovementKind kind);
    // An API word as a ledger row carries it; an unknown word shows as it is.
    static QString kind(const QString &kind);
};

} // namespace shopdesk::client
