#pragma once

#include "domain/result.h"

#include <QString>

namespace shopdesk::client {

// What the ticket screens say of a server's refusal, in the user's language: their own words
// for the care codes (who took a ticket first, which status change is not allowed), else
// ErrorText's.
class TicketRefusal
{
public:
    static QString describe(const Error &error);
};

} // namespace shopdesk::client
