#pragma once

#include "domain/stockmovement.h"

#include <QString>

namespace shopdesk::client {

// The words the client shows for a stock movement's kind, translated.
class MovementText
{
public:
    static QString kind(MovementKind kind);
};

} // namespace shopdesk::client
