#include "client/reconnectbackoff.h"

#include <QtTest>

using shopdesk::client::ReconnectBackoff;

// Reconnect delays double up to a ceiling, each with jitter in its upper half.
class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void doublesWithJitterUpToTheCeiling()
    {
        ReconnectBackoff backoff(100, 1000);
        const int ceilings[] = {100, 200, 400, 800, 1000, 1000, 1000};
        for (int ceiling : ceilings) {
            const int delay = backoff.nextDelay();
            QVERIFY2(
                delay >= ceiling / 2 && delay <= ceiling,
                qPrintable(
                    QStringLiteral("%1 not in [%2, %3]").arg(delay).arg(ceiling / 2).arg(ceiling)));
        }
        backoff.reset();
        QCOMPARE(backoff.currentCeiling(), 100);
    }

    void jitterSpreadsClientsApart()
    {
        QSet<int> delays;
        for (int i = 0; i < 50; ++i) {
            ReconnectBackoff backoff(10000, 60000);
            delays.insert(backoff.nextDelay());
        }
        QVERIFY(delays.size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
