#include "domain/inbox/replytemplate.h"
#include "domain/inbox/replytemplatefill.h"
#include "domain/inbox/replytemplatewords.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::inbox;

namespace {

ReplyValues orderValues()
{
    ReplyValues values;
    values.customerName = u"Anna Maria Schröder"_s;
    values.orderNumber = u"1042"_s;
    values.orderDate = QDate(2026, 12, 3);
    values.orderTotal = Money::create(123450, u"EUR"_s).value();
    values.orderStatus = OrderStatus::Shipped;
    values.carrier = u"DHL"_s;
    values.trackingNumber = u"00340434161234567890"_s;
    values.shopName = u"Kaffeehaus"_s;
    values.agentName = u"Jonas"_s;
    return values;
}

} // namespace

class TestReplyTemplate : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code"); // empty: may be saved
        QTest::addColumn<QString>("placeholder");

        QTest::addRow("every placeholder")
            << u"en"_s
            << u"{customer_name} {first_name} {order_number} {order_date} {order_total} "
               "{order_status} {carrier} {tracking_number} {shop_name} {agent_name}"_s
            << QString() << QString();
        QTest::addRow("no placeholder") << u"ar"_s << u"شكرا لرسالتك."_s << QString() << QString();
        QTest::addRow("braces that are no placeholder")
            << u"de"_s << u"Preis { inkl. MwSt } und {}"_s << QString() << QString();
        QTest::addRow("unknown placeholder") << u"en"_s << u"Dear {customer_nmae},"_s
                                             << u"unknown_placeholder"_s << u"customer_nmae"_s;
        QTest::addRow("placeholders are lower case")
            << u"es"_s << u"Hola {Customer_Name}"_s << u"unknown_placeholder"_s
            << u"Customer_Name"_s;
        QTest::addRow("second of two unknown") << u"hi"_s << u"नमस्ते {first_name}, {coupon}"_s
                                               << u"unknown_placeholder"_s << u"coupon"_s;
        QTest::addRow("empty body") << u"en"_s << QString() << u"empty_body"_s << QString();
        QTest::addRow("blank body") << u"de"_s << u" \n\t "_s << u"empty_body"_s << QString();
        QTest::addRow("too long") << u"en"_s << QString(10001, u'a') << u"body_too_long"_s
                                  << QString();
        QTest::addRow("unknown language")
            << u"fr"_s << u"Bonjour"_s << u"unknown_language"_s << QString();
        QTest::addRow("region is no shop language")
            << u"de-AT"_s << u"Servus"_s << u"unknown_language"_s << QString();
    }
    void check()
    {
        QFETCH(QString, language);
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, placeholder);
        const Result<void> result = ReplyTemplateFill::check(language, body);
        QCOMPARE(result.ok(), code.isEmpty());
        if (code.isEmpty())
            return;
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        if (!placeholder.isEmpty()) {
            QCOMPARE(result.error().details.value(u"placeholder"_s).toString(), placeholder);
            QCOMPARE(result.error().details.value(u"language"_s).toString(), language);
        }
    }

    void fill_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("text");

        QTest::addRow("en")
            << u"en"_s
            << u"Dear {customer_name}, order {order_number} of {order_date} ({order_total}) is "
               "{order_status}."_s
            << u"Dear Anna Maria Schröder, order 1042 of Thursday, December 3, 2026 (€1,234.50) "
               "is shipped."_s;
        QTest::addRow("de")
            << u"de"_s
            << u"Hallo {first_name}, Ihre Bestellung {order_number} über {order_total} "
               "ist {order_status}."_s
            << u"Hallo Anna, Ihre Bestellung 1042 über 1.234,50\u00a0€ ist versandt."_s;
        QTest::addRow("es") << u"es"_s
                            << u"Tu pedido {order_number} está {order_status}: {carrier} "
                               "{tracking_number}. Un saludo, {agent_name} ({shop_name})"_s
                            << u"Tu pedido 1042 está enviado: DHL 00340434161234567890. Un "
                               "saludo, Jonas (Kaffeehaus)"_s;
        QTest::addRow("hi") << u"hi"_s << u"{first_name} जी, आपका ऑर्डर {order_status}।"_s
                            << u"Anna जी, आपका ऑर्डर भेज दिया गया।"_s;
        QTest::addRow("ar") << u"ar"_s << u"مرحبا {first_name}، طلبك {order_status}."_s
                            << u"مرحبا Anna، طلبك تم الشحن."_s;
        QTest::addRow("repeated placeholder")
            << u"en"_s << u"{first_name}! Yes, {first_name}."_s << u"Anna! Yes, Anna."_s;
    }
    void fill()
    {
        QFETCH(QString, language);
        QFETCH(QString, body);
        QFETCH(QString, text);
        const FilledReply reply = ReplyTemplateFill::fill(body, language, orderValues());
        QCOMPARE(reply.text, text);
        QVERIFY(reply.missing.isEmpty());
    }

    void moneyFollowsTheLanguage()
    {
        const ReplyValues values = orderValues();
        for (const QString &language : ReplyTemplate::languages()) {
            const FilledReply reply = ReplyTemplateFill::fill(u"{order_total}"_s, language, values);
            QCOMPARE(reply.text, values.orderTotal->format(QLocale(language)));
        }
    }

    void missingValuesAreReported()
    {
        ReplyValues values;
        values.customerName = u"Tom"_s;
        values.shopName = u"Kaffeehaus"_s;
        const FilledReply reply = ReplyTemplateFill::fill(
            u"Hi {first_name}, order {order_number} ({order_total}) is {order_status}; "
            "{order_number} again. {agent_name}"_s,
            u"en"_s, values);
        QCOMPARE(reply.text, u"Hi Tom, order {order_number} ({order_total}) is {order_status}; "
                             "{order_number} again. {agent_name}"_s);
        QCOMPARE(reply.missing, (QStringList{u"order_number"_s, u"order_total"_s, u"order_status"_s,
                                             u"agent_name"_s}));
    }

    void chooseLanguage_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("chosen");
        QTest::addRow("own language") << u"de"_s << QStringList{u"de"_s, u"en"_s} << u"de"_s;
        QTest::addRow("region") << u"de-AT"_s << QStringList{u"de"_s, u"en"_s} << u"de"_s;
        QTest::addRow("underscore region") << u"es_MX"_s << QStringList{u"es"_s} << u"es"_s;
        QTest::addRow("fallback") << u"hi"_s << QStringList{u"de"_s, u"en"_s} << u"en"_s;
        QTest::addRow("unknown to the shop") << u"fr"_s << QStringList{u"en"_s} << u"en"_s;
        QTest::addRow("no fallback") << u"hi"_s << QStringList{u"de"_s} << QString();
        QTest::addRow("empty") << QString() << QStringList{u"ar"_s, u"en"_s} << u"en"_s;
    }
    void chooseLanguage()
    {
        QFETCH(QString, customer);
        QFETCH(QStringList, available);
        QFETCH(QString, chosen);
        QCOMPARE(ReplyTemplateFill::chooseLanguage(customer, available), chosen);
    }

    void placeholdersIn()
    {
        QCOMPARE(ReplyTemplateFill::placeholdersIn(u"{a} {b} {a} {} { c } {order_number}"_s),
                 (QStringList{u"a"_s, u"b"_s, u"order_number"_s}));
    }

    void everyStatusHasWords()
    {
        for (OrderStatus status : allOrderStatuses()) {
            QStringList seen;
            for (const QString &language : ReplyTemplate::languages()) {
                const QString word = ReplyTemplateWords::orderStatus(status, language);
                QVERIFY(!word.isEmpty());
                seen.append(word);
            }
            seen.removeDuplicates();
            QCOMPARE(seen.size(), ReplyTemplate::languages().size());
        }
        QCOMPARE(ReplyTemplateWords::orderStatus(OrderStatus::Paid, u"fr"_s), u"paid"_s);
    }

    void fromJson()
    {
        const QJsonObject object{
            {u"id"_s, 4},
            {u"name"_s, u"Where is my parcel"_s},
            {u"archived"_s, false},
            {u"texts"_s, QJsonArray{QJsonObject{{u"language"_s, u"de"_s},
                                                {u"body"_s, u"Hallo {first_name}"_s},
                                                {u"version"_s, 3},
                                                {u"updated_at"_s, u"2026-12-07T10:00:00Z"_s},
                                                {u"updated_by"_s, u"manager"_s}}}}};
        const Result<ReplyTemplate> parsed = ReplyTemplate::fromJson(object);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->textLanguages(), QStringList{u"de"_s});
        QCOMPARE(parsed->text(u"de"_s)->version, 3);
        QCOMPARE(parsed->text(u"en"_s), nullptr);
        QCOMPARE(ReplyTemplate::fromJson({{u"name"_s, u"x"_s}}).error().code,
                 u"invalid_template"_s);
    }
};

QTEST_GUILESS_MAIN(TestReplyTemplate)
#include "tst_replytemplate.moc"
