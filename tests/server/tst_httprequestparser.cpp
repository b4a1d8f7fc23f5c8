#include "server/httprequestparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::server::HttpRequest;
using shopdesk::server::HttpRequestParser;
using Step = HttpRequestParser::Step;

// The request parser on its own: the same bytes give the same requests however the network
// cuts them, and every malformed shape fails with its status and code.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        QList<HttpRequest> requests;
        int status = 0;
        QString code;
    };

    // Feeds `bytes` in pieces of `piece` bytes (all at once when 0) and reads what it gives.
    static Outcome run(const QByteArray &bytes, qsizetype piece)
    {
        HttpRequestParser parser;
        Outcome outcome;
        const qsizetype step = piece > 0 ? piece : std::max<qsizetype>(bytes.size(), 1);
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            parser.append(bytes.mid(at, step));
            for (;;) {
                const Step result = parser.parse();
                if (result == Step::NeedMore)
                    break;
                if (result == Step::Failed) {
                    outcome.status = parser.failure().status;
                    outcome.code = parser.failure().code;
                    return outcome;
                }
                if (result == Step::Request)
                    outcome.requests.append(parser.takeRequest());
            }
        }
        return outcome;
    }

private slots:
    void wellFormed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArrayList>("paths");
        QTest::addColumn<QByteArrayList>("bodies");

        QTest::newRow("get") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
                             << QByteArrayList{"/api/v1/health"} << QByteArrayList{""};
        QTest::newRow("bare line feeds") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n")
                                         << QByteArrayList{"/a"} << QByteArrayList{""};
        QTest::newRow("empty lines before the request")
            << QByteArray("\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArrayList{"/a"}
            << QByteArrayList{""};
        QTest::newRow("content-length body")
            << QByteArray("POST /o HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
            << QByteArrayList{"/o"} << QByteArrayList{"hello"};
        QTest::newRow("chunked with extension and trailer")
            << QByteArray("POST /o HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3;x=y\r\nhel\r\n2\r\nlo\r\n0\r\nTrailer: z\r\n\r\n")
            << QByteArrayList{"/o"} << QByteArrayList{"hello"};
        QTest::newRow("pipelined")
            << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                          "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok"
                          "GET /c%20d HTTP/1.0\r\n\r\n")
            << QByteArrayList{"/a", "/b", "/c d"} << QByteArrayList{"", "ok", ""};
    }

    void wellFormed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArrayList, paths);
        QFETCH(QByteArrayList, bodies);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            const Outcome outcome = run(bytes, piece);
            QCOMPARE(outcome.code, QString());
            QCOMPARE(outcome.requests.size(), paths.size());
            for (qsizetype i = 0; i < paths.size(); ++i) {
                QCOMPARE(outcome.requests[i].path.toUtf8(), paths[i]);
                QCOMPARE(outcome.requests[i].body, bodies[i]);
            }
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("two words") << QByteArray("GET /\r\n\r\n") << 400 << u"malformed_http"_s;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505
                                << u"http_version_not_supported"_s;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n")
                                         << 400 << u"malformed_http"_s;
        QTest::newRow("raw control byte in target")
            << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"malformed_http"_s;
        QTest::newRow("path not utf-8")
            << QByteArray("GET /%FF HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"malformed_http"_s;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400
                                 << u"malformed_http"_s;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400 << u"malformed_http"_s;
        QTest::newRow("header control byte")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\x01\r\n\r\n") << 400 << u"malformed_http"_s;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                          "Content-Length: 2\r\n\r\nab")
            << 400 << u"malformed_http"_s;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n")
            << 400 << u"malformed_http"_s;
        QTest::newRow("gzip encoding")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
            << u"unsupported_transfer_encoding"_s;
        QTest::newRow("length not a number")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400
            << u"malformed_http"_s;
        QTest::newRow("body over 1 MiB")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n") << 413
            << u"body_too_large"_s;
        QTest::newRow("chunk over 1 MiB")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "7fffffffffffffff\r\n")
            << 413 << u"body_too_large"_s;
        QTest::newRow("chunk size not hex")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400 << u"malformed_http"_s;
        QTest::newRow("chunk without crlf")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\nabXY")
            << 400 << u"malformed_http"_s;
        QTest::newRow("headers over 16 KiB")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(17 * 1024, 'a')) << 431
            << u"headers_too_large"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, code);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const Outcome outcome = run(bytes, piece);
            QVERIFY(outcome.requests.isEmpty());
            QCOMPARE(outcome.status, status);
            QCOMPARE(outcome.code, code);
        }
    }

    void expectContinueOnlyWhenABodyFollows()
    {
        HttpRequestParser withBody;
        withBody.append("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                        "Content-Length: 3\r\n\r\n");
        QCOMPARE(withBody.parse(), Step::HeadersParsed);
        QVERIFY(withBody.expectsContinue());
        QCOMPARE(withBody.parse(), Step::NeedMore);

        HttpRequestParser empty;
        empty.append("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(empty.parse(), Step::HeadersParsed);
        QVERIFY(!empty.expectsContinue());
        QCOMPARE(empty.parse(), Step::Request);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
