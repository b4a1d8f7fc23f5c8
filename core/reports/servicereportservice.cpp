#include "reports/servicereportservice.h"

#include "reports/reportnumbers.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

ServiceReportService::ServiceReportService(storage::Database &db, ReportParams params,
                                           QString currency)
    : m_db(db)
    , m_params(std::move(params))
    , m_currency(std::move(currency))
{}

Result<QJsonObject> ServiceReportService::run(QJsonObject header)
{
    QMap<QString, Agent> agents;
    Agent all;
    if (auto read = readTallies(agents, all); !read)
        return read.error();
    if (auto read = readMedians(agents, all); !read)
        return read.error();
    QStringList names = agents.keys();
    std::sort(names.begin(), names.end(), [&agents](const QString &a, const QString &b) {
        const qint64 ha = agents[a].handled;
        const qint64 hb = agents[b].handled;
        return ha != hb ? ha > hb : a < b;
    });
    QJsonArray rows;
    for (const QString &name : names) {
        QJsonObject row = agentJson(agents[name]);
        row.insert(u"key"_s, name);
        row.insert(u"label"_s, name);
        rows.append(row);
    }
    QJsonObject answer = std::move(header);
    answer.insert(u"totals"_s, agentJson(all));
    answer.insert(u"rows"_s, rows);
    return answer;
}

QString ServiceReportService::rangeFilter(QVariantList &values) const
{
    // Everything is aggregated in the database, so only a few rows per agent come back.
    QString where = u" WHERE sale_day BETWEEN ? AND ?"_s;
    values = {m_params.range.fromDay(), m_params.range.toDay()};
    if (m_params.hasChannel) {
        where += u" AND channel = ?"_s;
        values << m_params.channel;
    }
    return where;
}

Result<void> ServiceReportService::readTallies(QMap<QString, Agent> &agents, Agent &all) const
{
    QVariantList values;
    const QString where = rangeFilter(values);
    const QString figures =
        u"COUNT(*), SUM(counted), SUM(CASE WHEN counted = 1 THEN total_minor ELSE 0 END), "
        "SUM(CASE WHEN status IN ('cancelled', 'expired') THEN 1 ELSE 0 END), COUNT(paid_at), "
        "COALESCE(SUM(paid_at - created_at), 0) FROM report_orders"_s;
    for (const bool perAgent : {true, false}) {
        auto q = m_db.run(u"SELECT %1, "_s.arg(perAgent ? u"agent"_s : u"''"_s) + figures + where +
                              (perAgent ? u" GROUP BY agent"_s : QString()),
                          values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            if (r.value(1).toLongLong() == 0)
                continue;
            Agent &a = perAgent ? agents[r.value(0).toString()] : all;
            a.handled = r.value(1).toLongLong();
            a.sales = r.value(2).toLongLong();
            a.revenue = r.value(3).toLongLong();
            a.cancelled = r.value(4).toLongLong();
            a.paid = r.value(5).toLongLong();
            a.delaySum = r.value(6).toLongLong();
        }
    }
    return {};
}

// The median time to payment, from every paid order's delay; the covering index makes this
// one sequential read of the range.
Result<void> ServiceReportService::readMedians(QMap<QString, Agent> &agents, Agent &all) const
{
    QVariantList values;
    const QString where = rangeFilter(values);
    auto q = m_db.run(u"SELECT agent, paid_at - created_at FROM report_orders"_s + where +
                          u" AND paid_at IS NOT NULL"_s,
                      values);
    if (!q)
        return q.error();
    QHash<QString, QList<qint64>> delays;
    QList<qint64> everyone;
    while (q.value().next()) {
        const qint64 delay = q.value().value(1).toLongLong();
        delays[q.value().value(0).toString()].append(delay);
        everyone.append(delay);
    }
    auto middle = [](QList<qint64> &list, Agent &a) {
        if (list.isEmpty())
            return;
        const qsizetype n = list.size();
        std::nth_element(list.begin(), list.begin() + n / 2, list.end());
        a.medianSum = list[n / 2];
        a.medianCount = 1;
        if (n % 2 == 0) {
            a.medianSum += *std::max_element(list.begin(), list.begin() + n / 2);
            a.medianCount = 2;
        }
    };
    for (auto it = delays.begin(); it != delays.end(); ++it)
        middle(it.value(), agents[it.key()]);
    middle(everyone, all);
    return {};
}

QJsonObject ServiceReportService::agentJson(const Agent &a) const
{
    QJsonValue average(QJsonValue::Null);
    QJsonValue median(QJsonValue::Null);
    if (a.paid > 0)
        average = (a.delaySum / a.paid) / 1000;
    if (a.medianCount > 0)
        median = (a.medianSum / a.medianCount) / 1000;
    return QJsonObject{{u"orders_handled"_s, a.handled},
                       {u"sales_orders"_s, a.sales},
                       {u"revenue"_s, moneyJson(a.revenue, m_currency)},
                       {u"cancelled_or_expired"_s, a.cancelled},
                       {u"paid_orders"_s, a.paid},
                       {u"average_seconds_to_payment"_s, average},
                       {u"median_seconds_to_payment"_s, median}};
}

} // namespace shopdesk::reports
