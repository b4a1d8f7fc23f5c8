#include "domain/paymentlink.h"
#include "domain/returns/paymentsignature.h"

#include <QDateTime>
#include <QUrl>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

shopdesk::PaymentLinkSigner makeSigner()
{
    shopdesk::PaymentLinkSigner signer(QByteArray("0123456789abcdef0123456789abcdef"));
    const bool ready =
        signer.setTemplate(u"card=https://pay.example/checkout?order={order_id}"
                           u"&amount={amount_minor}&currency={currency}"_s) &&
        signer.setTemplate(u"paypal=https://www.paypal.example/cgi-bin/webscr?cmd=_xclick"
                           u"&invoice={order_id}&amount={amount}&currency_code={currency}"_s);
    if (!ready)
        qFatal("payment link templates refused");
    return signer;
}

} // namespace

// A payment link coming back from a customer's browser, and a provider's signed notification:
// the first line is the signature header, the rest the body.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const shopdesk::PaymentLinkSigner signer = makeSigner();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    (void)signer.verify(QUrl(QString::fromUtf8(bytes)), now);

    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray header = newline < 0 ? bytes : bytes.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : bytes.mid(newline + 1);
    (void)shopdesk::returns::PaymentSignature::verify("provider secret", header, body,
                                                      1'800'000'000);
    return 0;
}
