#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace shopdesk::returns {

// The signature a payment provider puts on a notification, in its header
// "Shopdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">", made with
// the secret the shop shares with that provider. The timestamp in the signed text keeps an
// old notification from being replayed later with a fresh header.
class PaymentSignature
{
public:
    // A notification older or newer than this (seconds) is refused.
    static constexpr qint64 tolerance = 5 * 60;

    // The header value for body sent at unixSeconds.
    static QByteArray header(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);
    // The hex HMAC-SHA256 of "<t>.<body>".
    static QByteArray sign(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

    // Checks a header against the body at nowSeconds: `invalid_signature_header` when it is
    // missing or cannot be read, `signature_expired` when t is more than `tolerance` away from
    // now, `invalid_signature` when no v1 matches (compared in constant time).
    static Result<void> verify(const QByteArray &secret, const QByteArray &header,
                               const QByteArray &body, qint64 nowSeconds);
};

} // namespace shopdesk::returns
