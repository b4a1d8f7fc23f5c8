#include "client/reportfigures.h"

#include "domain/jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<Money> &value)
{
    return value ? QJsonValue(value->toJson()) : QJsonValue(QJsonValue::Null);
}

ReportFigures::Percents ReportFigures::Percents::fromJson(const QJsonObject &json,
                                                          JsonFieldReader &read)
{
    Percents percents;
    percents.revenue = read.numberOrNull(json, u"revenue"_s);
    percents.units = read.numberOrNull(json, u"units"_s);
    percents.orders = read.numberOrNull(json, u"orders"_s);
    return percents;
}

QJsonObject ReportFigures::Percents::toJson() const
{
    return QJsonObject{{u"revenue"_s, optionalJson(revenue)},
                       {u"units"_s, optionalJson(units)},
                       {u"orders"_s, optionalJson(orders)}};
}

ReportFigures ReportFigures::fromJson(const QJsonObject &json, JsonFieldReader &read)
{
    ReportFigures figures;
    figures.revenue = read.money(json, u"revenue"_s);
    figures.units = read.count(json, u"units"_s);
    figures.orders = read.count(json, u"orders"_s);
    return figures;
}

QJsonObject ReportFigures::toJson() const
{
    return QJsonObject{
        {u"revenue"_s, optionalJson(revenue)}, {u"units"_s, units}, {u"orders"_s, orders}};
}

} // namespace shopdesk::reports
