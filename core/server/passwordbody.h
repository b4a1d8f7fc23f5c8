#pragma once

#include <QString>

namespace shopdesk::server {

class Call;

// The idempotency fingerprint of a request whose body holds a password: the stored
// fingerprint must not hold the password in clear, so it is a SHA-256 of the body as parsed
// JSON, salted with the call's idempotency key (a retry with the same key and body matches).
class PasswordBody
{
public:
    // Shorter passwords are refused (422 weak_password).
    static constexpr int minimumLength = 8;

    static QString fingerprint(const Call &call);
};

} // namespace shopdesk::server
