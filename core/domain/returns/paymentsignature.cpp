#include "domain/returns/paymentsignature.h"

#include "domain/tr.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QList>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

namespace {

// Equal length and content, taking the same time wherever the first difference is.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QByteArray PaymentSignature::sign(const QByteArray &secret, qint64 unixSeconds,
                                  const QByteArray &body)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, secret);
    code.addData(QByteArray::number(unixSeconds) + '.');
    code.addData(body);
    return code.result().toHex();
}

QByteArray PaymentSignature::header(const QByteArray &secret, qint64 unixSeconds,
                                    const QByteArray &body)
{
    return "t=" + QByteArray::number(unixSeconds) + ",v1=" + sign(secret, unixSeconds, body);
}

Result<void> PaymentSignature::verify(const QByteArray &secret, const QByteArray &header,
                                      const QByteArray &body, qint64 nowSeconds)
{
    qint64 timestamp = -1;
    QList<QByteArray> signatures;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = part.left(equals).trimmed();
        const QByteArray value = part.mid(equals + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            timestamp = value.toLongLong(&ok);
            if (!ok)
                timestamp = -1;
        } else if (key == "v1") {
            signatures.append(value.toLower());
        }
    }
    if (timestamp < 0 || signatures.isEmpty()) {
        return Result<void>::failure(
            u"invalid_signature_header"_s,
            Tr::tr("The Shopdesk-Signature header is missing or not \"t=<seconds>,v1=<hex>\"."));
    }
    if (qAbs(nowSeconds - timestamp) > tolerance) {
        return Result<void>::failure(
            u"signature_expired"_s,
            Tr::tr("The notification was signed at %1, more than five minutes from the server's "
                   "time %2.")
                .arg(timestamp)
                .arg(nowSeconds),
            QJsonObject{{u"timestamp"_s, timestamp}, {u"server_time"_s, nowSeconds}});
    }
    const QByteArray expected = sign(secret, timestamp, body);
    for (const QByteArray &candidate : std::as_const(signatures)) {
        if (sameBytes(candidate, expected))
            return {};
    }
    return Result<void>::failure(u"invalid_signature"_s,
                                 Tr::tr("The notification's signature does not match its body."));
}

} // namespace shopdesk::returns
