#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace shopdesk::server {

// Argon2id password hashes (libargon2) in the standard encoded form, and the bearer tokens
// the server hands out: 256 random bits, stored only as their SHA-256.
// The hashing functions are slow on purpose; call them off the event loop.
class PasswordHasher
{
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);

    static QString newToken();
    static QString tokenHash(const QString &token);
};

} // namespace shopdesk::server
