#include "domain/paymentlink.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

const QByteArray secret = "0123456789abcdef0123456789abcdef";
const QString cardTemplate =
    u"https://pay.example/checkout?order={order_id}&amount={amount_minor}&currency={currency}"_s;
const QString paypalTemplate =
    u"https://www.paypal.example/cgi-bin/webscr?cmd=_xclick&invoice={order_id}"
    u"&amount={amount}&currency_code={currency}"_s;
const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

PaymentLinkSigner makeSigner(const QByteArray &key = secret)
{
    PaymentLinkSigner signer(key);
    if (!signer.setTemplate(PaymentMethod::Card, cardTemplate))
        qFatal("card template refused");
    if (!signer.setTemplate(u"paypal="_s + paypalTemplate))
        qFatal("paypal template refused");
    return signer;
}

QString goodCardLink()
{
    const auto link =
        makeSigner().create(PaymentMethod::Card, OrderId(1042),
                            Money(1999, *Currency::parse(u"EUR"_s)), now.addSecs(1800));
    if (!link)
        qFatal("cannot make a link: %s", qPrintable(link.error().message));
    return link->url.toString(QUrl::FullyEncoded);
}

} // namespace

class TestPaymentLink : public QObject
{
    Q_OBJECT
private slots:
    void methodNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("online");
        QTest::addRow("card") << u"card"_s << true;
        QTest::addRow("paypal") << u"paypal"_s << true;
        QTest::addRow("skrill") << u"skrill"_s << true;
        QTest::addRow("bank_transfer") << u"bank_transfer"_s << false;
        QTest::addRow("cash_on_delivery") << u"cash_on_delivery"_s << false;
    }
    void methodNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, online);
        const auto method = parsePaymentMethod(name);
        QVERIFY(method.ok());
        QCOMPARE(paymentMethodName(*method), name);
        QCOMPARE(isOnlinePaymentMethod(*method), online);
        QVERIFY(!paymentMethodDisplayName(*method).isEmpty());
    }

    void unknownMethod_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("capitalised") << u"PayPal"_s;
        QTest::addRow("bitcoin") << u"bitcoin"_s;
        QTest::addRow("spaces") << u" card"_s;
    }
    void unknownMethod()
    {
        QFETCH(QString, name);
        const auto method = parsePaymentMethod(name);
        QVERIFY(!method.ok());
        QCOMPARE(method.error().code, u"unknown_payment_method"_s);
        QCOMPARE(method.error().details.value(u"allowed"_s).toArray().size(), 5);
    }

    void goodLinkVerifies()
    {
        const PaymentLinkSigner signer = makeSigner();
        const auto link = signer.create(PaymentMethod::Card, OrderId(1042),
                                        Money(1999, *Currency::parse(u"EUR"_s)), now.addSecs(1800));
        QVERIFY2(link.ok(), qPrintable(link.error().message));
        const QString text = link->url.toString(QUrl::FullyEncoded);
        QVERIFY2(text.startsWith(u"https://pay.example/checkout?order=1042&amount=1999"
                                 u"&currency=EUR&expires="_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"&sig="_s));

        // A link read back from text, as pasted or clicked, verifies with its values.
        const auto verified = signer.verify(QUrl(text), now);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(verified->method, PaymentMethod::Card);
        QCOMPARE(verified->orderId, OrderId(1042));
        QCOMPARE(verified->amount, Money(1999, *Currency::parse(u"EUR"_s)));
        QCOMPARE(verified->expiresAt, now.addSecs(1800));
    }

    void decimalAmountTemplate_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amountText");
        QTest::addRow("EUR") << qint64(1999) << u"EUR"_s << u"amount=19.99&"_s;
        QTest::addRow("EUR cents only") << qint64(5) << u"EUR"_s << u"amount=0.05&"_s;
        QTest::addRow("JPY") << qint64(1500) << u"JPY"_s << u"amount=1500&"_s;
        QTest::addRow("KWD") << qint64(12345) << u"KWD"_s << u"amount=12.345&"_s;
    }
    void decimalAmountTemplate()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, amountText);
        const PaymentLinkSigner signer = makeSigner();
        const Money amount(minor, *Currency::parse(currency));
        const auto link = signer.create(PaymentMethod::PayPal, OrderId(7), amount, now.addSecs(60));
        QVERIFY2(link.ok(), qPrintable(link.error().message));
        QVERIFY2(link->url.toString().contains(amountText), qPrintable(link->url.toString()));
        const auto verified = signer.verify(link->url, now);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(verified->method, PaymentMethod::PayPal);
        QCOMPARE(verified->amount, amount);
    }

    void tamperedLinkIsRejected_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("errorCode");
        const QString good = goodCardLink();
        const QString sig = good.mid(good.indexOf(u"&sig="_s) + 5);
        const QString expires =
            good.mid(good.indexOf(u"expires="_s) + 8,
                     good.indexOf(u"&sig="_s) - good.indexOf(u"expires="_s) - 8);
        auto swap = [&](const QString &from, const QString &to) {
            QString copy = good;
            return copy.replace(from, to);
        };
        QString flippedSig = sig;
        flippedSig[0] = flippedSig[0] == u'A' ? u'B' : u'A';

        QTest::addRow("amount lowered")
            << swap(u"amount=1999"_s, u"amount=1"_s) << u"payment_link_signature_invalid"_s;
        QTest::addRow("amount raised")
            << swap(u"amount=1999"_s, u"amount=19990"_s) << u"payment_link_signature_invalid"_s;
        QTest::addRow("currency") << swap(u"currency=EUR"_s, u"currency=JPY"_s)
                                  << u"payment_link_signature_invalid"_s;
        QTest::addRow("order id") << swap(u"order=1042"_s, u"order=1043"_s)
                                  << u"payment_link_signature_invalid"_s;
        QTest::addRow("signature flipped")
            << swap(sig, flippedSig) << u"payment_link_signature_invalid"_s;
        QTest::addRow("signature truncated")
            << swap(sig, sig.left(10)) << u"payment_link_signature_invalid"_s;
        QTest::addRow("signature empty")
            << swap(u"&sig="_s + sig, u"&sig="_s) << u"payment_link_signature_invalid"_s;
        QTest::addRow("signature missing")
            << swap(u"&sig="_s + sig, QString()) << u"payment_link_unsigned"_s;
        QTest::addRow("expiry extended")
            << swap(u"expires="_s + expires,
                    u"expires="_s + QString::number(expires.toLongLong() + 86400))
            << u"payment_link_signature_invalid"_s;
        QTest::addRow("expiry removed")
            << swap(u"expires="_s + expires + u'&', QString()) << u"payment_link_malformed"_s;
        QTest::addRow("parameter added")
            << swap(u"&expires="_s, u"&discount=100&expires="_s) << u"payment_link_unknown"_s;
        QTest::addRow("other host")
            << swap(u"pay.example"_s, u"pay.evil.example"_s) << u"payment_link_unknown"_s;
        QTest::addRow("amount zero")
            << swap(u"amount=1999"_s, u"amount=0"_s) << u"payment_link_unknown"_s;
    }
    void tamperedLinkIsRejected()
    {
        QFETCH(QString, link);
        QFETCH(QString, errorCode);
        const auto verified = makeSigner().verify(QUrl(link), now);
        QVERIFY2(!verified.ok(), qPrintable(link));
        QCOMPARE(verified.error().code, errorCode);
        QVERIFY(!verified.error().message.isEmpty());
    }

    void otherSecretIsRejected()
    {
        const auto verified =
            makeSigner("another secret of 32 bytes......").verify(QUrl(goodCardLink()), now);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, u"payment_link_signature_invalid"_s);
    }

    void expiredLinkIsRejected()
    {
        const PaymentLinkSigner signer = makeSigner();
        const QUrl link(goodCardLink());
        QVERIFY(signer.verify(link, now.addSecs(1799)).ok());
        const auto atExpiry = signer.verify(link, now.addSecs(1800));
        QVERIFY(!atExpiry.ok());
        QCOMPARE(atExpiry.error().code, u"payment_link_expired"_s);
        QCOMPARE(signer.verify(link, now.addDays(3)).error().code, u"payment_link_expired"_s);
    }

    void creationRefusals()
    {
        const Money amount(1999, *Currency::parse(u"EUR"_s));
        const PaymentLinkSigner signer = makeSigner();
        QCOMPARE(signer.create(PaymentMethod::CashOnDelivery, OrderId(1), amount, now).error().code,
                 u"payment_method_offline"_s);
        QCOMPARE(signer.create(PaymentMethod::Skrill, OrderId(1), amount, now).error().code,
                 u"payment_link_not_configured"_s);
        QCOMPARE(signer.create(PaymentMethod::Card, OrderId(1), Money(0, amount.currency()), now)
                     .error()
                     .code,
                 u"invalid_amount"_s);
        QCOMPARE(signer.create(PaymentMethod::Card, OrderId(), amount, now).error().code,
                 u"invalid_order"_s);
        // A short secret is refused rather than used.
        PaymentLinkSigner weak("short");
        QVERIFY(weak.setTemplate(PaymentMethod::Card, cardTemplate).ok());
        QCOMPARE(weak.create(PaymentMethod::Card, OrderId(1), amount, now).error().code,
                 u"payment_link_not_configured"_s);
    }

    // The examples of docs/mail-and-payments.md work as written.
    void documentedTemplates_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addRow("card") << u"card=https://pay.example/checkout?order={order_id}"
                                 u"&amount={amount_minor}&currency={currency}"_s;
        QTest::addRow("paypal")
            << u"paypal=https://www.paypal.example/cgi-bin/webscr?cmd=_xclick"
               u"&business=shop%40example.com&invoice={order_id}&amount={amount}"
               u"&currency_code={currency}"_s;
        QTest::addRow("skrill") << u"skrill=https://pay.skrill.example/?pay_to_email=shop%40"
                                   u"example.com&transaction_id={order_id}&amount={amount}"
                                   u"&currency={currency}"_s;
    }
    void documentedTemplates()
    {
        QFETCH(QString, spec);
        PaymentLinkSigner signer(secret);
        const auto accepted = signer.setTemplate(spec);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        const auto method = parsePaymentMethod(spec.section(u'=', 0, 0));
        QVERIFY(method.ok());
        const Money amount(125454, *Currency::parse(u"EUR"_s));
        const auto link = signer.create(*method, OrderId(1042), amount, now.addSecs(60));
        QVERIFY2(link.ok(), qPrintable(link.error().message));
        const QString text = link->url.toString(QUrl::FullyEncoded);
        QVERIFY2(text.contains(u"1042"_s) && text.contains(u"EUR"_s), qPrintable(text));
        const auto verified = signer.verify(QUrl(text), now);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(verified->amount, amount);
        QCOMPARE(verified->orderId, OrderId(1042));
    }

    void badTemplates_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("errorCode");
        const QString bad = u"invalid_payment_link_template"_s;
        QTest::addRow("no order id")
            << u"card=https://p.example/?a={amount_minor}&c={currency}"_s << bad;
        QTest::addRow("no amount") << u"card=https://p.example/?o={order_id}&c={currency}"_s << bad;
        QTest::addRow("two amounts")
            << u"card=https://p.example/?o={order_id}&a={amount}&m={amount_minor}&c={currency}"_s
            << bad;
        QTest::addRow("twice")
            << u"card=https://p.example/?o={order_id}&p={order_id}&a={amount}&c={currency}"_s
            << bad;
        QTest::addRow("unknown placeholder")
            << u"card=https://p.example/?o={order_id}&a={amount}&c={currency}&x={secret}"_s << bad;
        QTest::addRow("not http") << u"card=ftp://p.example/{order_id}/{amount}/{currency}"_s
                                  << bad;
        QTest::addRow("reserved parameter")
            << u"card=https://p.example/?o={order_id}&a={amount}&c={currency}&sig=1"_s << bad;
        QTest::addRow("fragment")
            << u"card=https://p.example/?o={order_id}&a={amount}&c={currency}#top"_s << bad;
        QTest::addRow("offline method")
            << u"bank_transfer=https://p.example/?o={order_id}&a={amount}&c={currency}"_s << bad;
        QTest::addRow("unknown method")
            << u"bitcoin=https://p.example/?o={order_id}&a={amount}&c={currency}"_s
            << u"unknown_payment_method"_s;
        QTest::addRow("no method") << u"https://p.example/"_s << bad;
    }
    void badTemplates()
    {
        QFETCH(QString, spec);
        QFETCH(QString, errorCode);
        PaymentLinkSigner signer(secret);
        const auto result = signer.setTemplate(spec);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
    }
};

QTEST_GUILESS_MAIN(TestPaymentLink)
#include "tst_paymentlink.moc"
