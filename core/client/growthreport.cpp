#include "client/growthreport.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

GrowthReport::Comparison readComparison(const QJsonObject &json, JsonFieldReader &read)
{
    GrowthReport::Comparison c;
    c.current = ReportFigures::fromJson(read.object(json, u"current"_s), read);
    c.previous = ReportFigures::fromJson(read.object(json, u"previous"_s), read);
    c.yearAgo = ReportFigures::fromJson(read.object(json, u"year_ago"_s), read);
    c.vsPrevious = ReportFigures::Percents::fromJson(read.object(json, u"vs_previous_pct"_s), read);
    c.vsYearAgo = ReportFigures::Percents::fromJson(read.object(json, u"vs_year_ago_pct"_s), read);
    return c;
}

QJsonObject comparisonJson(const GrowthReport::Comparison &c)
{
    return QJsonObject{{u"current"_s, c.current.toJson()},
                       {u"previous"_s, c.previous.toJson()},
                       {u"year_ago"_s, c.yearAgo.toJson()},
                       {u"vs_previous_pct"_s, c.vsPrevious.toJson()},
                       {u"vs_year_ago_pct"_s, c.vsYearAgo.toJson()}};
}

} // namespace

Result<GrowthReport> GrowthReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"growth"_s);
    GrowthReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.dimension = read.text(json, u"dimension"_s);
    report.previous = ReportHeader::Range::fromJson(read.object(json, u"previous"_s), read);
    report.yearAgo = ReportHeader::Range::fromJson(read.object(json, u"year_ago"_s), read);
    report.totals = readComparison(read.object(json, u"totals"_s), read);
    for (const QJsonValue &value : read.array(json, u"rows"_s)) {
        const QJsonObject row = read.element(value, u"rows"_s);
        report.rows.append(
            {read.text(row, u"key"_s), read.text(row, u"label"_s), readComparison(row, read)});
    }
    report.rowCount = read.count(json, u"row_count"_s);
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject GrowthReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"dimension"_s, dimension);
    json.insert(u"previous"_s, previous.toJson());
    json.insert(u"year_ago"_s, yearAgo.toJson());
    json.insert(u"totals"_s, comparisonJson(totals));
    QJsonArray rowArray;
    for (const Row &row : rows) {
        QJsonObject item = comparisonJson(row.figures);
        item.insert(u"key"_s, row.key);
        item.insert(u"label"_s, row.label);
        rowArray.append(item);
    }
    json.insert(u"rows"_s, rowArray);
    json.insert(u"row_count"_s, rowCount);
    return json;
}

} // namespace shopdesk::reports
