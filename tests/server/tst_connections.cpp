#include "server/connectionlimit.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

#include <sys/resource.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;
using shopdesk::server::ConnectionLimit;

namespace {

const QByteArray healthRequest = "GET /api/v1/health HTTP/1.1\r\nHost: shop\r\n\r\n";

// A connection from a chosen loopback address (all of 127.0.0.0/8 reaches the server).
std::unique_ptr<QTcpSocket> connectFrom(const QString &source, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(QHostAddress(source));
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket;
}

// The status of the first answer on the socket, after sending `request` (0: none in time).
int statusOf(QTcpSocket &socket, const QByteArray &request = healthRequest)
{
    if (socket.state() != QAbstractSocket::ConnectedState && !socket.waitForConnected(5000))
        return 0;
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(5000);
    while (!answer.contains("\r\n\r\n") && !deadline.hasExpired()) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// Sets this process's soft limit of open files (children inherit it); false when the hard
// limit is lower.
bool setOpenFileLimit(rlim_t wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_max < wanted)
        return false;
    limit.rlim_cur = wanted;
    return setrlimit(RLIMIT_NOFILE, &limit) == 0;
}

// Connects the kernel dropped because a listening socket's queue was full (TcpExt
// ListenOverflows in /proc/net/netstat); -1 when unreadable.
qint64 listenOverflows()
{
    QFile file(u"/proc/net/netstat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith("TcpExt:") || !lines[i + 1].startsWith("TcpExt:"))
            continue;
        const QList<QByteArray> names = lines[i].simplified().split(' ');
        const QList<QByteArray> values = lines[i + 1].simplified().split(' ');
        const qsizetype at = names.indexOf("ListenOverflows");
        return at >= 0 && at < values.size() ? values[at].toLongLong() : -1;
    }
    return -1;
}

} // namespace

// Connection bursts: a thousand connects at once are accepted and answered at once (not after
// the clients' SYN retries), and one address holding many connections cannot starve others.
class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void limitCountsPerAddress()
    {
        ConnectionLimit limit(2, {QHostAddress(u"10.0.0.9"_s)});
        const QHostAddress a(u"10.0.0.1"_s);
        const QHostAddress mapped(u"::ffff:10.0.0.1"_s);
        QVERIFY(limit.admit(a));
        QVERIFY(limit.admit(mapped)); // the same client over a dual-stack socket
        QVERIFY(!limit.admit(a));
        QCOMPARE(limit.open(a), 2);
        QVERIFY(limit.admit(QHostAddress(u"10.0.0.2"_s)));
        limit.release(mapped);
        QVERIFY(limit.admit(a));
        for (int i = 0; i < 10; ++i)
            QVERIFY(limit.admit(QHostAddress(u"10.0.0.9"_s))); // a trusted proxy
        limit.release(QHostAddress(u"10.0.0.7"_s));            // never counted: no effect
        QCOMPARE(limit.open(QHostAddress(u"10.0.0.7"_s)), 0);
    }

    void burstOfAThousandIsAnsweredAtOnce()
    {
        constexpr int burst = 1000;
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        // The server starts with a soft limit far under the burst, as under systemd (1024),
        // and must lift it itself; this process needs one descriptor per connection.
        QVERIFY2(setOpenFileLimit(256), "cannot set the limit of open files");
        const bool started = server.start({u"--max-connections-per-address"_s, u"5000"_s});
        QVERIFY2(setOpenFileLimit(4 * burst), "the hard limit of open files is under 4000");
        QVERIFY2(started, qPrintable(server.output()));

        const qint64 overflowsBefore = listenOverflows();
        QVERIFY2(overflowsBefore >= 0, "cannot read /proc/net/netstat");
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QList<QByteArray> answers(burst);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < burst; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = socket.get();
            connect(raw, &QTcpSocket::connected, raw, [raw] { raw->write(healthRequest); });
            connect(raw, &QTcpSocket::readyRead, raw,
                    [raw, &answers, i] { answers[i] += raw->readAll(); });
            raw->connectToHost(QHostAddress::LocalHost, server.port());
            sockets.push_back(std::move(socket));
        }
        const auto answered = [&answers] {
            return std::count_if(answers.cbegin(), answers.cend(), [](const QByteArray &answer) {
                return answer.startsWith("HTTP/1.1 200") && answer.contains("\r\n\r\n");
            });
        };
        // Dropped connects would be retried by the kernel after 1, 3 and 7 seconds.
        QTRY_COMPARE_WITH_TIMEOUT(answered(), burst, 20000);
        const qint64 elapsed = clock.elapsed();
        const qint64 dropped = listenOverflows() - overflowsBefore;
        qInfo("%d connects answered in %lld ms, %lld dropped by a full queue", burst, elapsed,
              dropped);
        QCOMPARE(dropped, 0);
        QVERIFY2(elapsed < 5000, qPrintable(u"the burst took %1 ms"_s.arg(elapsed)));
        sockets.clear();
        QCOMPARE(server.stop(), 0);
    }

    void oneAddressCannotStarveOthers()
    {
        ServerProcess server;
        SHOPDESK_REQUIRE_BACKEND(server);
        QVERIFY2(server.start({u"--max-connections-per-address"_s, u"20"_s, u"--trusted-proxy"_s,
                               u"127.0.0.3"_s}),
                 qPrintable(server.output()));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 20; ++i) {
            held.push_back(connectFrom(u"127.0.0.1"_s, server.port()));
            QCOMPARE(statusOf(*held.back()), 200);
        }
        auto refused = connectFrom(u"127.0.0.1"_s, server.port());
        QCOMPARE(statusOf(*refused), 429);
        QTRY_COMPARE(refused->state(), QAbstractSocket::UnconnectedState);

        auto other = connectFrom(u"127.0.0.2"_s, server.port());
        QCOMPARE(statusOf(*other), 200);
        std::vector<std::unique_ptr<QTcpSocket>> proxied;
        for (int i = 0; i < 30; ++i) {
            proxied.push_back(connectFrom(u"127.0.0.3"_s, server.port()));
            QCOMPARE(statusOf(*proxied.back()), 200);
        }

        // Once one of its connections closes, the address is served again.
        held.front()->disconnectFromHost();
        held.erase(held.begin());
        // Each try is a new connection: once one is served, stop trying.
        bool served = false;
        const auto tryAgain = [&server] {
            return statusOf(*connectFrom(u"127.0.0.1"_s, server.port())) == 200;
        };
        QTRY_VERIFY_WITH_TIMEOUT(served || (served = tryAgain()), 10000);
        QVERIFY(server.standardError().contains(u"too_many_connections"_s));
        held.clear();
        proxied.clear();
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
