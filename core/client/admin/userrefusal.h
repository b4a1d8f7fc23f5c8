#pragma once

#include "domain/result.h"

#include <QString>

namespace shopdesk::client {

// Why the server refused a change of a user, in the user's language: the users' own codes
// (the last admin, disabling oneself, passwords), else what ErrorText says.
class UserRefusal
{
public:
    static QString describe(const Error &error);
};

} // namespace shopdesk::client
