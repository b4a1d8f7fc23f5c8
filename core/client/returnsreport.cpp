#include "client/returnsreport.h"

#include "client/reportfigures.h"
#include "client/reportrows.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

ReturnsReport::Figures readFigures(const QJsonObject &json, JsonFieldReader &read)
{
    ReturnsReport::Figures f;
    f.returns = read.count(json, u"returns"_s);
    f.unitsReturned = read.count(json, u"units_returned"_s);
    f.unitsRestocked = read.count(json, u"units_restocked"_s);
    f.unitsWrittenOff = read.count(json, u"units_written_off"_s);
    f.refunds = read.count(json, u"refunds"_s);
    f.refunded = read.money(json, u"refunded"_s);
    const QJsonObject kinds = read.object(json, u"refunded_by_kind"_s);
    f.refundedLines = read.money(kinds, u"line"_s);
    f.refundedShipping = read.money(kinds, u"shipping"_s);
    f.refundedGoodwill = read.money(kinds, u"goodwill"_s);
    f.refundedDoubleCharges = read.money(kinds, u"double_charge"_s);
    f.unitsSold = read.count(json, u"units_sold"_s);
    f.returnedSharePct = read.numberOrNull(json, u"returned_share_pct"_s);
    if (json.contains(u"gross_revenue"_s)) {
        f.grossRevenue = read.money(json, u"gross_revenue"_s);
        f.netRevenue = read.money(json, u"net_revenue"_s);
    }
    return f;
}

QJsonObject figuresJson(const ReturnsReport::Figures &f)
{
    QJsonObject json{
        {u"returns"_s, f.returns},
        {u"units_returned"_s, f.unitsReturned},
        {u"units_restocked"_s, f.unitsRestocked},
        {u"units_written_off"_s, f.unitsWrittenOff},
        {u"refunds"_s, f.refunds},
        {u"refunded"_s, optionalJson(f.refunded)},
        {u"refunded_by_kind"_s,
         QJsonObject{{u"line"_s, optionalJson(f.refundedLines)},
                     {u"shipping"_s, optionalJson(f.refundedShipping)},
                     {u"goodwill"_s, optionalJson(f.refundedGoodwill)},
                     {u"double_charge"_s, optionalJson(f.refundedDoubleCharges)}}},
        {u"units_sold"_s, f.unitsSold},
        {u"returned_share_pct"_s, optionalJson(f.returnedSharePct)},
    };
    if (f.grossRevenue) {
        json.insert(u"gross_revenue"_s, optionalJson(f.grossRevenue));
        json.insert(u"net_revenue"_s, optionalJson(f.netRevenue));
    }
    return json;
}

QStringList readWords(const QJsonArray &array)
{
    QStringList words;
    for (const QJsonValue &value : array)
        words << value.toString();
    return words;
}

} // namespace

Result<ReturnsReport> ReturnsReport::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"returns"_s);
    ReturnsReport report;
    report.header = ReportHeader::fromJson(json, read);
    report.group = read.text(json, u"group"_s);
    report.countedReturnStatuses = readWords(read.array(json, u"counted_return_statuses"_s));
    report.countedRefundStatuses = readWords(read.array(json, u"counted_refund_statuses"_s));
    report.totals = readFigures(read.object(json, u"totals"_s), read);
    report.rows = readLabelledRows<Figures>(json, read, readFigures);
    for (const QJsonValue &value : read.array(json, u"months"_s)) {
        const QJsonObject entry = read.element(value, u"months"_s);
        Figures month = readFigures(entry, read);
        month.key = read.text(entry, u"month"_s);
        month.label = month.key;
        report.months.append(month);
    }
    if (!read.ok())
        return read.error();
    return report;
}

QJsonObject ReturnsReport::toJson() const
{
    QJsonObject json = header.toJson();
    json.insert(u"counted_return_statuses"_s, QJsonArray::fromStringList(countedReturnStatuses));
    json.insert(u"counted_refund_statuses"_s, QJsonArray::fromStringList(countedRefundStatuses));
    json.insert(u"group"_s, group);
    json.insert(u"totals"_s, figuresJson(totals));
    json.insert(u"rows"_s, labelledRowsJson(rows, figuresJson));
    QJsonArray monthArray;
    for (const Figures &m : months) {
        QJsonObject month = figuresJson(m);
        month.insert(u"month"_s, m.key);
        monthArray.append(month);
    }
    json.insert(u"months"_s, monthArray);
    return json;
}

} // namespace shopdesk::reports
