#include "server/passwordhasher.h"

#include "domain/tr.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {
// OWASP's 2023 minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
constexpr uint32_t timeCost = 2;
constexpr uint32_t memoryKiB = 19 * 1024;
constexpr uint32_t lanes = 1;
constexpr size_t saltBytes = 16;
constexpr size_t hashBytes = 32;
} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    const QByteArray secret = password.toUtf8();
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltBytes / sizeof(quint32));
    const size_t length =
        argon2_encodedlen(timeCost, memoryKiB, lanes, saltBytes, hashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int rc =
        argon2id_hash_encoded(timeCost, memoryKiB, lanes, secret.constData(), size_t(secret.size()),
                              salt.constData(), saltBytes, hashBytes, encoded.data(), length);
    if (rc != ARGON2_OK) {
        return Result<QString>::failure(u"hash_failed"_s,
                                        Tr::tr("Cannot hash the password: %1")
                                            .arg(QString::fromUtf8(argon2_error_message(rc))));
    }
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray secret = password.toUtf8();
    return argon2id_verify(encoded.constData(), secret.constData(), size_t(secret.size())) ==
           ARGON2_OK;
}

QString PasswordHasher::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace shopdesk::server
