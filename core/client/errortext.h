#pragma once

#include "domain/result.h"

#include <QString>

namespace shopdesk::client {

// What the client says of a server's refusal in the user's language: its own words for the
// codes it knows, filled from the error's details, else the server's message (the server
// writes English).
class ErrorText
{
public:
    static QString describe(const Error &error);
    // Why a payment link was refused (details.reason of invalid_payment_link).
    static QString paymentLink(const QString &reason);
};

} // namespace shopdesk::client
