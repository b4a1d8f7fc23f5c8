#include "soakload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace shopdesk::bench {

namespace {

// What a manager reads, in turn: the quarter's sales by product and by category and month,
// growth, movers, stock-outs, customers and service.
const char *const reports[] = {
    "/api/v1/reports/sales",     "/api/v1/reports/sales?dimension=category&period=month",
    "/api/v1/reports/growth",    "/api/v1/reports/movers",
    "/api/v1/reports/stockouts", "/api/v1/reports/customers",
    "/api/v1/reports/service",
};

const char *const channels[] = {"chat", "email", "phone", "web"};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

const char *SoakLoad::kindName(Kind kind)
{
    static const char *const names[] = {"orders", "movements", "edits", "reports"};
    return names[kind];
}

int SoakLoad::Tally::errorCount() const
{
    int sum = 0;
    for (int count : errors)
        sum += count;
    return sum;
}

QList<qint64> SoakLoad::Tally::allLatencies() const
{
    QList<qint64> all;
    for (const QList<qint64> &list : latenciesUs)
        all += list;
    return all;
}

SoakLoad::SoakLoad(const Plan &plan)
    : m_plan(plan)
{
    for (int k = 0; k < KindCount; ++k) {
        const Kind kind = Kind(k);
        const int connections = kind == Order ? std::max(1, plan.agents) : 1;
        if (plan.perSecond[kind] <= 0)
            continue;
        for (int c = 0; c < connections; ++c) {
            auto worker = std::make_unique<Worker>();
            worker->kind = kind;
            worker->connection = std::make_unique<BenchConnection>(plan.base, plan.tokens[kind]);
            worker->periodNs = qint64(1e9 * connections / plan.perSecond[kind]);
            worker->count = c; // agents start on different products
            worker->timer.setSingleShot(true);
            Worker *raw = worker.get();
            connect(&worker->timer, &QTimer::timeout, this, [this, raw] { sendNext(*raw); });
            worker->connection->done = [this, raw](int status, const QByteArray &body) {
                answered(*raw, status, body);
            };
            m_workers.push_back(std::move(worker));
        }
    }
}

void SoakLoad::start()
{
    if (!m_clock.isValid())
        m_clock.start();
    m_paused = false;
    for (const auto &worker : m_workers) {
        if (!worker->connection->busy() && !worker->timer.isActive())
            sendNext(*worker);
    }
}

bool SoakLoad::idle() const
{
    return std::none_of(m_workers.begin(), m_workers.end(),
                        [](const auto &worker) { return worker->connection->busy(); });
}

SoakLoad::Tally SoakLoad::takeTally()
{
    Tally tally = std::move(m_current);
    m_current = Tally();
    return tally;
}

void SoakLoad::sendNext(Worker &worker)
{
    if (m_paused)
        return;
    worker.sentAtNs = m_clock.nsecsElapsed();
    ++worker.count;
    switch (worker.kind) {
    case Order:
        return sendOrder(worker);
    case Movement:
        return sendMovement(worker);
    case Edit:
        return sendEdit(worker);
    case Report:
    case KindCount:
        return sendReport(worker);
    }
}

void SoakLoad::answered(Worker &worker, int status, const QByteArray &body)
{
    const qint64 now = m_clock.nsecsElapsed();
    const bool ok = status == (worker.kind == Order || worker.kind == Movement ? 201 : 200);
    for (Tally *tally : {&m_current, &m_total}) {
        ++tally->requests[worker.kind];
        tally->errors[worker.kind] += ok ? 0 : 1;
        tally->latenciesUs[worker.kind].append((now - worker.sentAtNs) / 1000);
    }
    if (!ok && m_errorSamples.size() < 5) {
        m_errorSamples.append(u"%1: %2 %3"_s.arg(QLatin1String(kindName(worker.kind)))
                                  .arg(status)
                                  .arg(QString::fromUtf8(body.left(300))));
    }
    if (ok && worker.kind == Edit)
        m_contentVersions.insert(m_editing,
                                 QJsonDocument::fromJson(body)[u"version"_s].toInteger());
    if (m_paused)
        return;
    // A steady pace: the next request one period after the last was sent, or now if late.
    worker.timer.start(int(std::max<qint64>(0, worker.sentAtNs + worker.periodNs - now) / 1000000));
}

QString SoakLoad::skuFor(const Worker &worker, int spread) const
{
    return m_plan.skus[(worker.count * 7 + spread) % m_plan.skus.size()];
}

void SoakLoad::sendOrder(Worker &worker)
{
    QJsonArray lines{QJsonObject{{u"sku"_s, skuFor(worker, 0)}, {u"quantity"_s, 1}}};
    if (worker.count % 3 == 0)
        lines.append(QJsonObject{{u"sku"_s, skuFor(worker, 1)}, {u"quantity"_s, 2}});
    const QJsonObject order{{u"customer_id"_s, m_plan.customer},
                            {u"channel"_s, QLatin1String(channels[worker.count % 4])},
                            {u"payment_method"_s, u"card"_s},
                            {u"lines"_s, lines}};
    worker.connection->send("POST", "/api/v1/orders", compact(order));
}

void SoakLoad::sendMovement(Worker &worker)
{
    // Receipts and removals by turns, so stock stays level over the run.
    const bool receipt = worker.count % 2 == 0;
    const QJsonObject movement{{u"sku"_s, skuFor(worker, 2)},
                               {u"kind"_s, receipt ? u"receipt"_s : u"removal"_s},
                               {u"quantity"_s, receipt ? 1 : -1},
                               {u"reason"_s, receipt ? u"soak delivery"_s : u"damaged"_s}};
    worker.connection->send("POST", "/api/v1/movements", compact(movement));
}

void SoakLoad::sendEdit(Worker &worker)
{
    // A dozen products edited over and over; the first edit of each reads its version.
    m_editing = m_plan.skus[worker.count % std::min<qsizetype>(12, m_plan.skus.size())];
    const QByteArray path = "/api/v1/products/" + m_editing.toUtf8() + "/content";
    const auto version = m_contentVersions.constFind(m_editing);
    if (version == m_contentVersions.constEnd())
        return worker.connection->send("GET", path);
    static const QRegularExpression notSlug(u"[^a-z0-9]+"_s);
    const QString slug = u"soak-"_s + m_editing.toLower().replace(notSlug, u"-"_s);
    const QJsonObject content{
        {u"title"_s, u"%1, edit %2"_s.arg(m_editing).arg(worker.count)},
        {u"short_description"_s, u"<p>Saved by the soak bench, edit %1.</p>"_s.arg(worker.count)},
        {u"slug"_s, slug.endsWith(u'-') ? slug.chopped(1) : slug},
        {u"base_revision"_s, *version}};
    worker.connection->send("PUT", path, compact(content));
}

void SoakLoad::sendReport(Worker &worker)
{
    worker.connection->send("GET", reports[worker.count % std::size(reports)]);
}

} // namespace shopdesk::bench
