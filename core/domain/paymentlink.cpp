#include "domain/paymentlink.h"

#include "domain/tr.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

const QString orderIdField = u"order_id"_s;
const QString amountMinorField = u"amount_minor"_s;
const QString amountField = u"amount"_s;
const QString currencyField = u"currency"_s;
const QString expiresKey = u"expires"_s;
const QString signatureKey = u"sig"_s;

Error templateError(const QString &urlTemplate, const QString &why)
{
    return Error{u"invalid_payment_link_template"_s,
                 Tr::tr("The payment link template \"%1\" cannot be used: %2")
                     .arg(urlTemplate.left(200), why),
                 {}};
}

Error altered()
{
    return Error{u"payment_link_signature_invalid"_s,
                 Tr::tr("The payment link has been altered or was not issued by this shop."),
                 {}};
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

QString decimalAmount(const Money &amount)
{
    const int decimals = amount.currency().decimals();
    const qint64 scale = powerOfTen(decimals);
    QString text = QString::number(amount.amountMinor() / scale);
    if (decimals > 0)
        text += u'.' + u"%1"_s.arg(amount.amountMinor() % scale, decimals, 10, QChar(u'0'));
    return text;
}

// Reads "19.99" back into minor units; the number of decimals must match the currency.
std::optional<qint64> minorFromDecimal(const QString &text, const Currency &currency)
{
    const int decimals = currency.decimals();
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (fraction.size() != decimals || (point >= 0) != (decimals > 0))
        return std::nullopt;
    bool ok = false;
    const qint64 w = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 f = decimals ? fraction.toLongLong(&ok) : 0;
    qint64 minor = 0;
    if (!ok || __builtin_mul_overflow(w, powerOfTen(decimals), &minor) ||
        __builtin_add_overflow(minor, f, &minor))
        return std::nullopt;
    return minor;
}

// Compares in time that depends only on the length, so timing tells nothing about the secret.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

Result<void> PaymentLinkSigner::setTemplate(PaymentMethod method, const QString &urlTemplate)
{
    if (!isOnlinePaymentMethod(method)) {
        return templateError(
            urlTemplate, Tr::tr("%1 is not paid online.").arg(paymentMethodDisplayName(method)));
    }
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    Template result;
    result.text = urlTemplate;
    QString pattern = u"^"_s;
    QString sample; // filled with plausible values to check the URL's shape
    QMap<QString, int> seen;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(urlTemplate);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString literal = urlTemplate.mid(at, match.capturedStart() - at);
        pattern += QRegularExpression::escape(literal);
        sample += literal;
        at = match.capturedEnd();
        const QString name = match.captured(1);
        if (++seen[name] > 1)
            return templateError(urlTemplate, Tr::tr("{%1} appears more than once.").arg(name));
        if (name == orderIdField) {
            pattern += u"(?<order_id>[1-9][0-9]{0,17})"_s;
            sample += u"42"_s;
        } else if (name == amountMinorField) {
            pattern += u"(?<amount_minor>[1-9][0-9]{0,17})"_s;
            sample += u"1999"_s;
        } else if (name == amountField) {
            pattern += u"(?<amount>[0-9]{1,18}(?:\\.[0-9]{1,3})?)"_s;
            sample += u"19.99"_s;
            result.decimalAmount = true;
        } else if (name == currencyField) {
            pattern += u"(?<currency>[A-Z]{3})"_s;
            sample += u"EUR"_s;
        } else {
            return templateError(urlTemplate, Tr::tr("{%1} is not a placeholder; use {order_id}, "
                                                     "{amount_minor} or {amount}, and {currency}.")
                                                  .arg(name.left(40)));
        }
    }
    const QString tail = urlTemplate.mid(at);
    pattern += QRegularExpression::escape(tail) + u"$"_s;
    sample += tail;

    if (!seen.contains(orderIdField) || !seen.contains(currencyField) ||
        seen.contains(amountField) == seen.contains(amountMinorField)) {
        return templateError(urlTemplate, Tr::tr("it needs {order_id}, {currency} and one of "
                                                 "{amount_minor} or {amount}."));
    }
    const QUrl url(sample, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
        url.host().isEmpty()) {
        return templateError(urlTemplate, Tr::tr("it is not an http or https address."));
    }
    if (url.hasFragment())
        return templateError(urlTemplate, Tr::tr("it must not have a #fragment."));
    // The link is compared character by character, so the template must already be in the
    // form QUrl writes it in.
    if (url.toString(QUrl::FullyEncoded) != sample)
        return templateError(urlTemplate, Tr::tr("write it fully percent-encoded."));
    const QUrlQuery query(url);
    if (query.hasQueryItem(expiresKey) || query.hasQueryItem(signatureKey)) {
        return templateError(urlTemplate,
                             Tr::tr("the parameters \"expires\" and \"sig\" are reserved."));
    }
    result.pattern = QRegularExpression(pattern);
    m_templates.insert(method, result);
    return {};
}

Result<void> PaymentLinkSigner::setTemplate(const QString &methodAndTemplate)
{
    const qsizetype equals = methodAndTemplate.indexOf(u'=');
    if (equals <= 0) {
        return templateError(methodAndTemplate,
                             Tr::tr("write it as method=URL, for example paypal=https://..."));
    }
    const auto method = parsePaymentMethod(methodAndTemplate.left(equals).trimmed());
    if (!method)
        return method.error();
    return setTemplate(*method, methodAndTemplate.mid(equals + 1).trimmed());
}

QByteArray PaymentLinkSigner::signature(PaymentMethod method, OrderId orderId, const Money &amount,
                                        qint64 expires, const QString &base) const
{
    // One field a line; none of the fields can contain a line break, so no two different
    // links share a canonical string.
    const QString canonical = QStringList{u"shopdesk-payment-link/1"_s,
                                          paymentMethodName(method),
                                          orderId.toString(),
                                          QString::number(amount.amountMinor()),
                                          amount.currency().code(),
                                          QString::number(expires),
                                          base}
                                  .join(u'\n');
    return QMessageAuthenticationCode::hash(canonical.toUtf8(), m_secret,
                                            QCryptographicHash::Sha256);
}

Result<PaymentLink> PaymentLinkSigner::create(PaymentMethod method, OrderId orderId,
                                              const Money &amount, const QDateTime &expiresAt) const
{
    if (!isOnlinePaymentMethod(method)) {
        return Result<PaymentLink>::failure(
            u"payment_method_offline"_s,
            Tr::tr("%1 is not paid online, so it has no payment link.")
                .arg(paymentMethodDisplayName(method)),
            {{u"payment_method"_s, paymentMethodName(method)}});
    }
    const auto found = m_templates.constFind(method);
    if (found == m_templates.cend() || !hasUsableSecret()) {
        return Result<PaymentLink>::failure(
            u"payment_link_not_configured"_s,
            Tr::tr("Payment links for %1 are not set up on the server.")
                .arg(paymentMethodDisplayName(method)),
            {{u"payment_method"_s, paymentMethodName(method)}});
    }
    if (!orderId.isValid()) {
        return Result<PaymentLink>::failure(u"invalid_order"_s,
                                            Tr::tr("A payment link needs a saved order."));
    }
    if (amount.amountMinor() <= 0) {
        return Result<PaymentLink>::failure(u"invalid_amount"_s,
                                            Tr::tr("A payment link needs an amount above zero."));
    }
    if (!expiresAt.isValid()) {
        return Result<PaymentLink>::failure(u"invalid_expiry"_s,
                                            Tr::tr("A payment link needs an expiry time."));
    }

    QString base = found->text;
    base.replace(u"{order_id}"_s, orderId.toString());
    base.replace(u"{amount_minor}"_s, QString::number(amount.amountMinor()));
    base.replace(u"{amount}"_s, decimalAmount(amount));
    base.replace(u"{currency}"_s, amount.currency().code());

    const qint64 expires = expiresAt.toSecsSinceEpoch();
    const QByteArray mac = signature(method, orderId, amount, expires, base);
    const QString separator = base.contains(u'?') ? u"&"_s : u"?"_s;
    const QString link = base + separator + expiresKey + u'=' + QString::number(expires) + u'&' +
                         signatureKey + u'=' +
                         QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals));
    return PaymentLink{method, orderId, amount, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC),
                       QUrl(link, QUrl::StrictMode)};
}

Result<PaymentLink> PaymentLinkSigner::verify(const QUrl &url, const QDateTime &now) const
{
    if (!url.isValid()) {
        return Result<PaymentLink>::failure(u"payment_link_malformed"_s,
                                            Tr::tr("This is not a payment link."));
    }
    const QUrlQuery query(url);
    if (!query.hasQueryItem(signatureKey)) {
        return Result<PaymentLink>::failure(u"payment_link_unsigned"_s,
                                            Tr::tr("The payment link carries no signature."));
    }
    // The signed parameters come last, in this order, exactly as create() writes them.
    static const QRegularExpression tail(
        u"^(?<base>.+)[?&]expires=(?<expires>[0-9]{1,12})&sig=(?<sig>[A-Za-z0-9_-]*)$"_s);
    const auto parts = tail.match(url.toString(QUrl::FullyEncoded));
    if (!parts.hasMatch()) {
        return Result<PaymentLink>::failure(
            u"payment_link_malformed"_s,
            Tr::tr("The payment link is incomplete: its expiry or signature is missing or "
                   "damaged."));
    }
    const QString base = parts.captured(u"base");
    const qint64 expires = parts.captured(u"expires").toLongLong();
    const QByteArray given =
        QByteArray::fromBase64(parts.captured(u"sig").toLatin1(), QByteArray::Base64UrlEncoding);
    if (!hasUsableSecret()) {
        return Result<PaymentLink>::failure(u"payment_link_not_configured"_s,
                                            Tr::tr("Payment links are not set up on the server."));
    }

    bool recognised = false;
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        const auto match = it->pattern.match(base);
        if (!match.hasMatch())
            continue;
        const auto currency = Currency::parse(match.captured(u"currency"));
        if (!currency)
            continue;
        const std::optional<qint64> minor =
            it->decimalAmount ? minorFromDecimal(match.captured(u"amount"), *currency)
                              : std::optional<qint64>(match.captured(u"amount_minor").toLongLong());
        if (!minor || *minor <= 0)
            continue;
        recognised = true;
        const OrderId orderId(match.captured(u"order_id").toLongLong());
        const Money amount(*minor, *currency);
        if (!equalInConstantTime(signature(it.key(), orderId, amount, expires, base), given))
            continue;
        const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
        if (now >= expiresAt) {
            return Result<PaymentLink>::failure(
                u"payment_link_expired"_s,
                Tr::tr("The payment link expired at %1 UTC.").arg(expiresAt.toString(Qt::ISODate)),
                {{u"expired_at"_s, expiresAt.toString(Qt::ISODate)}});
        }
        return PaymentLink{it.key(), orderId, amount, expiresAt, url};
    }
    if (!recognised) {
        return Result<PaymentLink>::failure(
            u"payment_link_unknown"_s,
            Tr::tr("The payment link does not match any payment provider set up on the server."));
    }
    return altered();
}

} // namespace shopdesk
