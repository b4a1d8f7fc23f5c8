#include "client/carereport.h"

#include "client/reportfigures.h"
#include "client/reportrows.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

CareReport::Clock readClock(const QJsonObject &json, const QString &countName,
                            JsonFieldReader &read)
{
    CareReport::Clock c;
    c.count = read.count(json, countName);
    c.medianMinutes = read.countOrNull(json, u"median_minutes"_s);
    c.p90Minutes = read.countOrNull(json, u"p90_minutes"_s);
    c.withinTarget = read.count(json, u"within_target"_s);
    c.withinTargetPct = read.numberOrNull(json, u"within_target_pct"_s);
    return c;
}

QJsonObject clockJson(const CareReport::Clock &c, const QString &countName)
{
    return QJsonObject{{countName, c.count},
                       {u"median_minutes"_s, optionalJson(c.medianMinutes)},
                       {u"p90_minutes"_s, optionalJson(c.p90Minutes)},
                       {u"within_target"_s, c.withinTarget},
                       {u"within_target_pct"_s, optionalJson(c.withinTargetPct)}};
}

QMap<QString, qint64> readCounts(const QJsonObject &json, JsonFieldReader &read)
{
    QMap<QString, qint64> counts;
    for (auto it = json.begin(); it != json.end(); ++it)
        counts.insert(it.key(), read.count(json, it.key()));
    return counts;
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject json;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

CareReport::Figures readFigures(const QJsonObject &json, JsonFieldReader &read)
{
    CareReport::Figures f;
    f.tickets = read.count(json, u"tickets"_s);
    f.firstResponse = readClock(read.object(json, u"first_response"_s), u"answered"_s, read);
    f.resolution = readClock(read.object(json, u"resolution"_s), u"resolved"_s, read);
    f.breaches = read.count(json, u"breaches"_s);
    f.escalations = read.count(json, u"escalations"_s);
    f.qaCauses = readCounts(read.object(json, u"qa_causes"_s), read);
    return f;
}

QJsonObject figuresJson(const CareReport::Figures &f)
{
    return QJsonObject{{u"tickets"_s, f.tickets},
                       {u"first_response"_s, clockJson(f.firstResponse, u"answered"_s)},
                       {u"resolution"_s, clockJson(f.resolution, u"resolved"_s)},
                       {u"breaches"_s, f.breaches},
                       {u"escalations"_s, f.escalations},
                       {u"qa_causes"_s, countsJson(f.qaCauses)}};
}

} // namespace

Result<CareReport> CareReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"care"_s);
    CareReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.group = read.text(json, u"group"_s);
    report.totals = readFigures(read.object(json, u"totals"_s), read);
    report.rows = readLabelledRows<Figures>(json, read, readFigures);
    for (const QJsonValue &value : read.array(json, u"causes_by_month"_s)) {
        const QJsonObject entry = read.element(value, u"causes_by_month"_s);
        Month month;
        month.month = read.text(entry, u"month"_s);
        month.causes = readCounts(read.object(entry, u"causes"_s), read);
        month.findings = read.count(entry, u"findings"_s);
        report.causesByMonth.append(month);
    }
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject CareReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"group"_s, group);
    json.insert(u"percentile_method"_s, u"nearest_rank"_s);
    json.insert(u"totals"_s, figuresJson(totals));
    json.insert(u"rows"_s, labelledRowsJson(rows, figuresJson));
    QJsonArray months;
    for (const Month &m : causesByMonth) {
        months.append(QJsonObject{{u"month"_s, m.month},
                                  {u"causes"_s, countsJson(m.causes)},
                                  {u"findings"_s, m.findings}});
    }
    json.insert(u"causes_by_month"_s, months);
    return json;
}

} // namespace shopdesk::reports
