#include "client/moversreport.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

QList<MoversReport::Mover> readMovers(const QJsonObject &json, const QString &key,
                                      JsonFieldReader &read)
{
    QList<MoversReport::Mover> movers;
    for (const QJsonValue &value : read.array(json, key)) {
        const QJsonObject m = read.element(value, key);
        movers.append({read.text(m, u"key"_s), read.text(m, u"label"_s),
                       ReportFigures::fromJson(read.object(m, u"current"_s), read),
                       ReportFigures::fromJson(read.object(m, u"previous"_s), read),
                       ReportFigures::fromJson(read.object(m, u"change"_s), read),
                       read.numberOrNull(m, u"revenue_change_pct"_s)});
    }
    return movers;
}

QJsonArray moversJson(const QList<MoversReport::Mover> &movers)
{
    QJsonArray array;
    for (const MoversReport::Mover &m : movers) {
        array.append(QJsonObject{{u"key"_s, m.key},
                                 {u"label"_s, m.label},
                                 {u"current"_s, m.current.toJson()},
                                 {u"previous"_s, m.previous.toJson()},
                                 {u"change"_s, m.change.toJson()},
                                 {u"revenue_change_pct"_s, optionalJson(m.revenueChangePct)}});
    }
    return array;
}

} // namespace

Result<MoversReport> MoversReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"movers"_s);
    MoversReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.dimension = read.text(json, u"dimension"_s);
    report.previous = ReportHeader::Range::fromJson(read.object(json, u"previous"_s), read);
    report.rankedBy = read.text(json, u"ranked_by"_s);
    report.up = readMovers(json, u"up"_s, read);
    report.down = readMovers(json, u"down"_s, read);
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject MoversReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"dimension"_s, dimension);
    json.insert(u"previous"_s, previous.toJson());
    json.insert(u"ranked_by"_s, rankedBy);
    json.insert(u"up"_s, moversJson(up));
    json.insert(u"down"_s, moversJson(down));
    return json;
}

} // namespace shopdesk::reports
