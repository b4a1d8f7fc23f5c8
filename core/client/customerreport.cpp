#include "client/customerreport.h"

#include "client/reportfigures.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

CustomerReport::Figures readFigures(const QJsonObject &json, JsonFieldReader &read)
{
    CustomerReport::Figures f;
    f.customers = read.count(json, u"customers"_s);
    f.repeatCustomers = read.count(json, u"repeat_customers"_s);
    f.newCustomers = read.count(json, u"new_customers"_s);
    f.repeatRatePct = read.numberOrNull(json, u"repeat_rate_pct"_s);
    f.orders = read.count(json, u"orders"_s);
    f.ordersFromRepeatCustomers = read.count(json, u"orders_from_repeat_customers"_s);
    return f;
}

QJsonObject figuresJson(const CustomerReport::Figures &f)
{
    return QJsonObject{{u"customers"_s, f.customers},
                       {u"repeat_customers"_s, f.repeatCustomers},
                       {u"new_customers"_s, f.newCustomers},
                       {u"repeat_rate_pct"_s, optionalJson(f.repeatRatePct)},
                       {u"orders"_s, f.orders},
                       {u"orders_from_repeat_customers"_s, f.ordersFromRepeatCustomers}};
}

} // namespace

Result<CustomerReport> CustomerReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"customers"_s);
    CustomerReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.totals = readFigures(read.object(json, u"totals"_s), read);
    for (const QJsonValue &value : read.array(json, u"series"_s)) {
        const QJsonObject point = read.element(value, u"series"_s);
        Figures figures = readFigures(point, read);
        figures.bucket = read.text(point, u"bucket"_s);
        report.series.append(figures);
    }
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject CustomerReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"totals"_s, figuresJson(totals));
    QJsonArray array;
    for (const Figures &f : series) {
        QJsonObject point = figuresJson(f);
        point.insert(u"bucket"_s, f.bucket);
        array.append(point);
    }
    json.insert(u"series"_s, array);
    return json;
}

} // namespace shopdesk::reports
