#include "client/servicereport.h"

#include "client/reportfigures.h"
#include "client/reportrows.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

ServiceReport::Figures readFigures(const QJsonObject &json, JsonFieldReader &read)
{
    ServiceReport::Figures f;
    f.ordersHandled = read.count(json, u"orders_handled"_s);
    f.salesOrders = read.count(json, u"sales_orders"_s);
    f.revenue = read.money(json, u"revenue"_s);
    f.cancelledOrExpired = read.count(json, u"cancelled_or_expired"_s);
    f.paidOrders = read.count(json, u"paid_orders"_s);
    f.averageSecondsToPayment = read.countOrNull(json, u"average_seconds_to_payment"_s);
    f.medianSecondsToPayment = read.countOrNull(json, u"median_seconds_to_payment"_s);
    return f;
}

QJsonObject figuresJson(const ServiceReport::Figures &f)
{
    return QJsonObject{{u"orders_handled"_s, f.ordersHandled},
                       {u"sales_orders"_s, f.salesOrders},
                       {u"revenue"_s, optionalJson(f.revenue)},
                       {u"cancelled_or_expired"_s, f.cancelledOrExpired},
                       {u"paid_orders"_s, f.paidOrders},
                       {u"average_seconds_to_payment"_s, optionalJson(f.averageSecondsToPayment)},
                       {u"median_seconds_to_payment"_s, optionalJson(f.medianSecondsToPayment)}};
}

} // namespace

Result<ServiceReport> ServiceReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"service"_s);
    ServiceReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.totals = readFigures(read.object(json, u"totals"_s), read);
    report.rows = readLabelledRows<Figures>(json, read, readFigures);
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject ServiceReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"totals"_s, figuresJson(totals));
    json.insert(u"rows"_s, labelledRowsJson(rows, figuresJson));
    return json;
}

} // namespace shopdesk::reports
