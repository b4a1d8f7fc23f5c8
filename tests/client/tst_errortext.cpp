#include "client/apireply.h"
#include "client/errortext.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::client::ApiReply;

namespace {

ApiReply refusal(int status, const QString &code, const QJsonObject &details)
{
    const QJsonObject error{{u"code"_s, code},
                            {u"message"_s, u"The server's own English words."_s},
                            {u"details"_s, details}};
    return ApiReply{status, QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(), {}, {}};
}

} // namespace

// A refusal reads in the client's words, filled from its details; a code the client has no
// words for keeps the server's message.
class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland)); }

    void describe_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QString>("text");
        QTest::newRow("stock") << 409 << u"insufficient_stock"_s
                               << QJsonObject{{u"sku"_s, u"MUG-01"_s},
                                              {u"requested"_s, 1200},
                                              {u"available"_s, 1000}}
                               << u"Only 1,000 of MUG-01 available (1,200 asked for)."_s;
        QTest::newRow("status") << 409 << u"invalid_status"_s
                                << QJsonObject{{u"status"_s, u"expired"_s}}
                                << u"Not possible now: the order is Expired."_s;
        QTest::newRow("role") << 403 << u"forbidden"_s << QJsonObject{{u"role"_s, u"agent"_s}}
                              << u"Your role may not do this."_s;
        QTest::newRow("unknown sku")
            << 422 << u"unknown_sku"_s << QJsonObject{{u"sku"_s, u"NOPE-1"_s}}
            << u"There is no product NOPE-1."_s;
        QTest::newRow("link") << 422 << u"invalid_payment_link"_s
                              << QJsonObject{{u"reason"_s, u"payment_link_expired"_s}}
                              << u"This payment link has expired."_s;
        QTest::newRow("log-ins") << 429 << u"too_many_attempts"_s
                                 << QJsonObject{{u"retry_after"_s, 30}}
                                 << u"Too many failed log-ins: try again in 30 s."_s;
        QTest::newRow("no words of its own")
            << 422 << u"value_too_long"_s << QJsonObject{{u"field"_s, u"name"_s}}
            << u"The server's own English words."_s;
    }
    void describe()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QJsonObject, details);
        QFETCH(QString, text);
        const Error error = refusal(status, code, details).error();
        QCOMPARE(error.code, code);
        QCOMPARE(error.details, details);
        QCOMPARE(error.message, text);
        // Described again (a refusal kept in the cache), it reads the same.
        QCOMPARE(client::ErrorText::describe(error), text);
    }

    void noMessageNamesTheCode()
    {
        QCOMPARE(client::ErrorText::describe(Error{u"teapot"_s, {}, {}}),
                 u"The server refused it (teapot)."_s);
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
