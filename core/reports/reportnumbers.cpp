#include "reports/reportnumbers.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

QJsonValue percentChange(qint64 current, qint64 base)
{
    if (base == 0)
        return QJsonValue(QJsonValue::Null);
    return double(std::llround(double(current - base) * 1000.0 / double(base))) / 10.0;
}

QJsonValue sharePercent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QJsonValue(QJsonValue::Null);
    return double(std::llround(double(part) * 1000.0 / double(whole))) / 10.0;
}

QJsonObject moneyJson(qint64 minor, const QString &currency)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, currency}};
}

QJsonObject rangeJson(const ReportRange &range)
{
    return QJsonObject{{u"from"_s, range.from().toString(Qt::ISODate)},
                       {u"to"_s, range.to().toString(Qt::ISODate)},
                       {u"label"_s, range.label()}};
}

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace shopdesk::reports
