#include "client/reportheader.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

ReportHeader::Range ReportHeader::Range::fromJson(const QJsonObject &json, JsonFieldReader &read)
{
    Range range;
    range.from = read.date(json, u"from"_s);
    range.to = read.date(json, u"to"_s);
    range.label = read.text(json, u"label"_s);
    if (json.contains(u"period"_s))
        range.period = read.text(json, u"period"_s);
    return range;
}

QJsonObject ReportHeader::Range::toJson() const
{
    QJsonObject json{{u"from"_s, from.toString(Qt::ISODate)},
                     {u"to"_s, to.toString(Qt::ISODate)},
                     {u"label"_s, label}};
    if (!period.isEmpty())
        json.insert(u"period"_s, period);
    return json;
}

ReportHeader ReportHeader::fromJson(const QJsonObject &json, JsonFieldReader &read)
{
    ReportHeader header;
    header.report = read.text(json, u"report"_s);
    header.range = Range::fromJson(read.object(json, u"range"_s), read);
    const QJsonObject filters = read.object(json, u"filters"_s);
    if (filters.contains(u"category"_s))
        header.category = read.text(filters, u"category"_s);
    if (filters.contains(u"channel"_s))
        header.channel = read.text(filters, u"channel"_s);
    header.currency = read.text(json, u"currency"_s);
    for (const QJsonValue &status : read.array(json, u"counted_statuses"_s))
        header.countedStatuses << status.toString();
    return header;
}

QJsonObject ReportHeader::toJson() const
{
    QJsonObject filters;
    if (category)
        filters.insert(u"category"_s, *category);
    if (channel)
        filters.insert(u"channel"_s, *channel);
    return QJsonObject{{u"report"_s, report},
                       {u"range"_s, range.toJson()},
                       {u"filters"_s, filters},
                       {u"currency"_s, currency},
                       {u"counted_statuses"_s, QJsonArray::fromStringList(countedStatuses)}};
}

} // namespace shopdesk::reports
