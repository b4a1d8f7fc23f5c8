#pragma once

#include "benchconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <array>
#include <memory>
#include <vector>

namespace shopdesk::bench {

// The soak's mixed load at a steady pace: agents placing orders, a warehouse officer posting
// receipts and removals, an editor saving product text, and a manager reading reports, each
// on its own keep-alive connection, all in one event loop. Every answer that is not the
// route's success status counts as an error.
class SoakLoad : public QObject
{
public:
    enum Kind { Order, Movement, Edit, Report, KindCount };
    static const char *kindName(Kind kind);

    struct Plan
    {
        QUrl base;
        std::array<QByteArray, KindCount> tokens; // who sends each kind
        qint64 customer = 0;
        QStringList skus; // stocked products to order, move and edit
        int agents = 4;   // connections placing orders
        std::array<double, KindCount> perSecond = {20, 5, 1, 1};
    };

    // What happened in a stretch of time (or the whole run).
    struct Tally
    {
        std::array<int, KindCount> requests{};
        std::array<int, KindCount> errors{};
        std::array<QList<qint64>, KindCount> latenciesUs;
        int errorCount() const;
        QList<qint64> allLatencies() const;
    };

    explicit SoakLoad(const Plan &plan);

    void start();
    // Sends nothing new until start() again; what is in flight is answered.
    void pause() { m_paused = true; }
    bool idle() const;

    // The tally since the last call, which starts a new one.
    Tally takeTally();
    const Tally &total() const { return m_total; }
    // The first few failed answers, to say what went wrong.
    const QStringList &errorSamples() const { return m_errorSamples; }

private:
    struct Worker
    {
        Kind kind = Order;
        std::unique_ptr<BenchConnection> connection;
        QTimer timer;
        qint64 periodNs = 0;
        qint64 sentAtNs = 0;
        int count = 0;
    };
    void sendNext(Worker &worker);
    void answered(Worker &worker, int status, const QByteArray &body);
    void sendOrder(Worker &worker);
    void sendMovement(Worker &worker);
    void sendEdit(Worker &worker);
    void sendReport(Worker &worker);
    QString skuFor(const Worker &worker, int spread) const;

    Plan m_plan;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QElapsedTimer m_clock;
    bool m_paused = true;
    Tally m_current;
    Tally m_total;
    QStringList m_errorSamples;
    QHash<QString, qint64> m_contentVersions; // sku -> draft version the next edit starts from
    QString m_editing;                        // the sku of the edit in flight
};

} // namespace shopdesk::bench
