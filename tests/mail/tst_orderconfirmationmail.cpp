#include "mail/mimewriter.h"
#include "mail/orderconfirmationmail.h"
#include "mail/smtpsender.h"

#include "domain/money.h"
#include "smtpsinkprocess.h"
#include "testpython.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::mail;
using shopdesk::test::SmtpSinkProcess;
using shopdesk::test::TestPython;

namespace {

const QString translations = QStringLiteral(SHOPDESK_MAIL_TEST_QM_DIR);
const QUrl link(u"https://www.paypal.example/pay?invoice=1042&amount=1254.54&currency_code=EUR"
                u"&expires=1795000000&sig=abc_DEF-123"_s);

QJsonObject money(qint64 minor)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
}

QJsonObject order(const QString &method = u"paypal"_s)
{
    return QJsonObject{{u"id"_s, 1042},
                       {u"customer_id"_s, 7},
                       {u"channel"_s, u"phone"_s},
                       {u"payment_method"_s, method},
                       {u"status"_s, u"reserved"_s},
                       {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-BLUE"_s},
                                                           {u"name"_s, u"Blue mug"_s},
                                                           {u"quantity"_s, 2},
                                                           {u"unit_price"_s, money(999)},
                                                           {u"line_total"_s, money(1998)}},
                                               QJsonObject{{u"sku"_s, u"TEA-1"_s},
                                                           {u"name"_s, u"Earl Grey tin"_s},
                                                           {u"quantity"_s, 1},
                                                           {u"unit_price"_s, money(123456)},
                                                           {u"line_total"_s, money(123456)}}}},
                       {u"total"_s, money(125454)},
                       {u"reservation_expires_at"_s, u"2026-11-22T10:45:00Z"_s},
                       {u"notes"_s, u"internal: call back after six"_s}};
}

QJsonObject customer(const QString &name = u"Ana Díaz"_s)
{
    return QJsonObject{{u"id"_s, 7},
                       {u"name"_s, name},
                       {u"email"_s, u"ana@example.com"_s},
                       {u"address"_s, u"Calle Mayor 1\n28013 Madrid\nSpain"_s}};
}

ShopDetails shop()
{
    ShopDetails details;
    details.name = u"Tienda Ñandú"_s;
    details.address = u"Gran Vía 2\n28013 Madrid"_s;
    details.from = MailAddress(u"orders@shop.example"_s, u"Tienda Ñandú"_s);
    details.replyTo = MailAddress(u"care@shop.example"_s, u"Tienda Ñandú care"_s);
    details.phone = u"+34 910 000 000"_s;
    details.bankDetails = u"IBAN ES91 2100 0418 4502 0005 1332\nBIC CAIXESBBXXX"_s;
    return details;
}

QString eur(qint64 minor, const QLocale &locale)
{
    return Money(minor, *Currency::parse(u"EUR"_s)).format(locale);
}

} // namespace

class TestOrderConfirmationMail : public QObject
{
    Q_OBJECT
private slots:
    void englishContent()
    {
        const OrderConfirmationMail mail(shop(), u"en"_s, translations);
        const auto message = mail.compose(order(), customer(), link);
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        const QLocale en(u"en"_s);

        QCOMPARE(message->subject(), u"Your order 1042 at Tienda Ñandú"_s);
        QCOMPARE(message->to().constFirst(), MailAddress(u"ana@example.com"_s, u"Ana Díaz"_s));
        QCOMPARE(message->replyTo().constFirst().address(), u"care@shop.example"_s);
        const QString text = message->textBody();
        QVERIFY(text.startsWith(u"Hello Ana Díaz,\n"_s));
        QVERIFY2(text.contains(
                     u"2 × Blue mug (MUG-BLUE), %1 each: %2"_s.arg(eur(999, en), eur(1998, en))),
                 qPrintable(text));
        QVERIFY(text.contains(u"1 × Earl Grey tin (TEA-1)"_s));
        QVERIFY(text.contains(u"Total: %1"_s.arg(eur(125454, en))));
        QVERIFY(text.contains(u"1,254.54"_s));
        QVERIFY(text.contains(u"November 22, 2026"_s)); // how long the items are held
        QVERIFY(text.contains(u"Calle Mayor 1\n28013 Madrid\nSpain"_s));
        QVERIFY(text.contains(u"Payment method: PayPal"_s));
        QVERIFY(text.contains(link.toString(QUrl::FullyEncoded)));
        QVERIFY(text.contains(u"reply to this e-mail or call us at +34 910 000 000"_s));
        QVERIFY(text.contains(u"order number 1042"_s));
        QVERIFY2(!text.contains(u"call back after six"_s), "internal notes reach the customer");

        const QString html = message->htmlBody();
        QVERIFY(html.contains(u"<html lang=\"en\" dir=\"ltr\">"_s));
        QVERIFY(html.contains(u"<td>Blue mug <small>(MUG-BLUE)</small></td>"_s));
        QVERIFY(html.contains(eur(125454, en).toHtmlEscaped()));
        QVERIFY2(html.contains(u"<a href=\""_s + link.toString(QUrl::FullyEncoded).toHtmlEscaped() +
                               u"\">"_s),
                 qPrintable(html));
        QVERIFY(html.contains(u"Calle Mayor 1<br>\n28013 Madrid"_s));
        QVERIFY(!html.contains(u"call back after six"_s));

        const QList<QPair<QByteArray, QString>> headers = message->headers();
        QVERIFY(headers.contains(qMakePair(QByteArray("X-Shopdesk-Order"), u"1042"_s)));
        QVERIFY(headers.contains(qMakePair(QByteArray("Auto-Submitted"), u"auto-generated"_s)));
    }

    void customersLanguageAndLocale()
    {
        const OrderConfirmationMail mail(shop(), u"de"_s, translations);
        QVERIFY(mail.translator().isTranslated());
        const auto message = mail.compose(order(), customer(), link);
        QVERIFY(message.ok());
        const QLocale de(u"de"_s);
        QCOMPARE(message->subject(), u"Ihre Bestellung 1042 bei Tienda Ñandú"_s);
        const QString text = message->textBody();
        QVERIFY(text.startsWith(u"Hallo Ana Díaz,\n"_s));
        QVERIFY2(text.contains(u"Summe: %1"_s.arg(eur(125454, de))), qPrintable(text));
        QVERIFY(text.contains(u"1.254,54"_s));
        QVERIFY(text.contains(
            u"2 × Blue mug (MUG-BLUE) zu je %1: %2"_s.arg(eur(999, de), eur(1998, de))));
        QVERIFY(text.contains(u"22. November 2026"_s));
        QVERIFY(text.contains(u"Lieferadresse:"_s));
        // A text the catalogue lacks comes out in English rather than empty.
        QVERIFY(text.contains(u"Would you like to change something?"_s));
        QVERIFY(message->htmlBody().contains(u"<html lang=\"de\" dir=\"ltr\">"_s));
        QVERIFY(message->htmlBody().contains(u">Jetzt bezahlen</a>"_s));

        // The application's own language is untouched.
        QCOMPARE(QCoreApplication::translate("shopdesk::mail::OrderConfirmationMail",
                                             "Your order %1 at %2"),
                 u"Your order %1 at %2"_s);
    }

    void languageFallback_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("german");
        QTest::addRow("de_AT") << u"de_AT"_s << true;
        QTest::addRow("de-CH") << u"de-CH"_s << true;
        QTest::addRow("fr") << u"fr"_s << false;
        QTest::addRow("en_GB") << u"en_GB"_s << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("nonsense") << u"zz-nonsense"_s << false;
    }
    void languageFallback()
    {
        QFETCH(QString, language);
        QFETCH(bool, german);
        const OrderConfirmationMail mail(shop(), language, translations);
        QCOMPARE(mail.translator().isTranslated(), german);
        const auto message = mail.compose(order(), customer(), link);
        QVERIFY(message.ok());
        QCOMPARE(message->subject(), german ? u"Ihre Bestellung 1042 bei Tienda Ñandú"_s
                                            : u"Your order 1042 at Tienda Ñandú"_s);
    }

    void paymentInstructions_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("giveLink");
        QTest::addColumn<bool>("linkShown");
        QTest::addColumn<QString>("expected");
        QTest::addRow("paypal with link")
            << u"paypal"_s << true << true << u"Please pay securely online with this link:"_s;
        QTest::addRow("card with link")
            << u"card"_s << true << true << u"Card (Visa, Mastercard)"_s;
        QTest::addRow("skrill without link")
            << u"skrill"_s << false << false << u"We will send you a link to pay online"_s;
        QTest::addRow("cash on delivery")
            << u"cash_on_delivery"_s << true << false
            << u"Please pay the total in cash when your parcel is delivered."_s;
        QTest::addRow("bank transfer")
            << u"bank_transfer"_s << true << false << u"IBAN ES91 2100 0418 4502 0005 1332"_s;
    }
    void paymentInstructions()
    {
        QFETCH(QString, method);
        QFETCH(bool, giveLink);
        QFETCH(bool, linkShown);
        QFETCH(QString, expected);
        const OrderConfirmationMail mail(shop(), u"en"_s, translations);
        const auto message = mail.compose(order(method), customer(), giveLink ? link : QUrl());
        QVERIFY(message.ok());
        const QString linkText = link.toString(QUrl::FullyEncoded);
        QCOMPARE(message->textBody().contains(linkText), linkShown);
        QCOMPARE(message->htmlBody().contains(linkText.toHtmlEscaped()), linkShown);
        QCOMPARE(message->htmlBody().contains(u"<a href"_s), linkShown);
        QVERIFY2(message->textBody().contains(expected), qPrintable(message->textBody()));
    }

    void hostileDataIsEscaped()
    {
        const QString name = u"<script>alert(\"x\")</script> & Co %2"_s;
        QJsonObject hostileOrder = order();
        QJsonArray lines = hostileOrder.value(u"lines"_s).toArray();
        QJsonObject first = lines.at(0).toObject();
        first[u"name"_s] = u"<img src=x onerror=alert(1)>"_s;
        lines[0] = first;
        hostileOrder[u"lines"_s] = lines;
        QJsonObject hostileCustomer = customer(name);
        hostileCustomer[u"address"_s] = u"<b>Street</b> 1\n\"><iframe src=//evil>"_s;
        ShopDetails hostileShop = shop();
        hostileShop.name = u"Shop <i>&</i>"_s;

        const OrderConfirmationMail mail(hostileShop, u"en"_s, translations);
        const auto message = mail.compose(hostileOrder, hostileCustomer, link);
        QVERIFY(message.ok());
        const QString html = message->htmlBody();
        for (const QString &raw :
             {u"<script"_s, u"<img"_s, u"<iframe"_s, u"<b>Street"_s, u"<i>&</i>"_s}) {
            QVERIFY2(!html.contains(raw), qPrintable(raw));
        }
        QVERIFY(html.contains(u"Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                              u"Co %2,"_s));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
        QVERIFY(html.contains(u"&lt;b&gt;Street&lt;/b&gt; 1"_s));
        QVERIFY(html.contains(u"&quot;&gt;&lt;iframe src=//evil&gt;"_s));
        // Plain text stays plain, and a "%2" in data is not mistaken for a placeholder.
        QVERIFY(message->textBody().startsWith(u"Hello "_s + name + u","_s));
        QVERIFY(message->subject().endsWith(u"Shop <i>&</i>"_s));
    }

    void unusableInput_data()
    {
        QTest::addColumn<QJsonObject>("order");
        QTest::addColumn<QJsonObject>("customer");
        QTest::addColumn<QString>("errorCode");
        QJsonObject noEmail = customer();
        noEmail.remove(u"email"_s);
        QJsonObject badEmail = customer();
        badEmail[u"email"_s] = u"ana at example"_s;
        QJsonObject noLines = order();
        noLines[u"lines"_s] = QJsonArray();
        QJsonObject badTotal = order();
        badTotal[u"total"_s] = 12.5;
        QJsonObject noId = order();
        noId.remove(u"id"_s);
        QTest::addRow("no e-mail") << order() << noEmail << u"customer_has_no_email"_s;
        QTest::addRow("bad e-mail") << order() << badEmail << u"invalid_email"_s;
        QTest::addRow("no lines") << noLines << customer() << u"invalid_order"_s;
        QTest::addRow("bad total") << badTotal << customer() << u"invalid_order"_s;
        QTest::addRow("no id") << noId << customer() << u"invalid_order"_s;
        QTest::addRow("unknown method") << order(u"bitcoin"_s) << customer() << u"invalid_order"_s;
    }
    void unusableInput()
    {
        QFETCH(QJsonObject, order);
        QFETCH(QJsonObject, customer);
        QFETCH(QString, errorCode);
        const auto message =
            OrderConfirmationMail(shop(), u"en"_s, translations).compose(order, customer, link);
        QVERIFY(!message.ok());
        QCOMPARE(message.error().code, errorCode);
    }

    void arrivesAtSmtpSink()
    {
        SmtpSinkProcess sink;
        QVERIFY(sink.start());
        SmtpSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = sink.port();
        settings.security = SmtpSettings::Security::None;
        const auto message =
            OrderConfirmationMail(shop(), u"de"_s, translations).compose(order(), customer(), link);
        QVERIFY(message.ok());
        const auto sent = SmtpSender(settings).send(*message);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QVERIFY(sink.waitForMessages(1));

        const QJsonObject parsed = TestPython::parseMail(sink.messages().constFirst());
        QCOMPARE(parsed.value(u"defects"_s).toArray(), QJsonArray());
        QCOMPARE(parsed[u"headers"_s][u"subject"_s].toString(),
                 u"Ihre Bestellung 1042 bei Tienda Ñandú"_s);
        QCOMPARE(parsed[u"headers"_s][u"reply-to"_s].toString(),
                 u"Tienda Ñandú care <care@shop.example>"_s);
        const QJsonArray parts = parsed.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"content"_s].toString(), TestPython::asSent(message->textBody()));
        QCOMPARE(parts[1][u"content"_s].toString(), TestPython::asSent(message->htmlBody()));
        QVERIFY(parts[0][u"content"_s].toString().contains(u"Summe: "_s));
        QVERIFY(parts[1][u"content"_s].toString().contains(
            link.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    }
};

QTEST_GUILESS_MAIN(TestOrderConfirmationMail)
#include "tst_orderconfirmationmail.moc"
