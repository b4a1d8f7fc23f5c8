#include "reports/reportservice.h"

#include "domain/tr.h"
#include "reports/carereportservice.h"
#include "reports/customersreportservice.h"
#include "reports/growthreportservice.h"
#include "reports/logging.h"
#include "reports/moversreportservice.h"
#include "reports/reportnumbers.h"
#include "reports/returns/returnsreportservice.h"
#include "reports/salesreportservice.h"
#include "reports/servicereportservice.h"
#include "reports/stockoutsreportservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

const QStringList &dimensions()
{
    static const QStringList list{u"product"_s, u"category"_s, u"channel"_s};
    return list;
}

const QStringList &channels()
{
    static const QStringList list{u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
    return list;
}

// The query parameters each report reads; anything else is refused, never ignored.
QStringList parametersOf(const QString &report)
{
    QStringList common{u"from"_s, u"to"_s, u"quarter"_s, u"period"_s};
    if (report == u"sales"_s || report == u"growth"_s || report == u"movers"_s)
        return common + QStringList{u"dimension"_s, u"category"_s, u"channel"_s, u"limit"_s};
    if (report == u"stockouts"_s)
        return common + QStringList{u"category"_s, u"limit"_s};
    if (report == u"care"_s || report == u"returns"_s)
        return common + QStringList{u"group"_s};
    return common + QStringList{u"channel"_s};
}

} // namespace

ReportService::ReportService(storage::Database &db, QString currency)
    : m_db(db)
    , m_currency(std::move(currency))
    , m_indexer(db)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

const QStringList &ReportService::reportNames()
{
    static const QStringList list{u"sales"_s,     u"growth"_s,  u"movers"_s, u"stockouts"_s,
                                  u"customers"_s, u"service"_s, u"care"_s,   u"returns"_s};
    return list;
}

const QStringList &ReportService::allowedRoles()
{
    static const QStringList list{u"manager"_s, u"admin"_s};
    return list;
}

int ReportService::httpStatus(const Error &error)
{
    static const QHash<QString, int> statuses{
        {u"forbidden"_s, 403},          {u"unknown_report"_s, 404},
        {u"invalid_parameter"_s, 400},  {u"unknown_parameter"_s, 400},
        {u"invalid_range"_s, 422},      {u"unknown_dimension"_s, 422},
        {u"unknown_period"_s, 422},     {u"unknown_channel"_s, 422},
        {u"storage_unavailable"_s, 503}};
    if (error.code == u"unknown_group"_s) // the care and returns reports' groups
        return 422;
    return statuses.value(error.code, 500);
}

Result<ReportParams> ReportService::parse(const QString &report, const QUrlQuery &query) const
{
    const QStringList known = parametersOf(report);
    QSet<QString> seen;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            return Result<ReportParams>::failure(
                u"unknown_parameter"_s,
                Tr::tr("The %1 report has no parameter \"%2\"; it reads %3.")
                    .arg(report, name, known.join(u", "_s)),
                QJsonObject{{u"parameter"_s, name}});
        }
        if (seen.contains(name)) {
            return Result<ReportParams>::failure(
                u"invalid_parameter"_s, Tr::tr("The parameter %1 is given twice.").arg(name),
                QJsonObject{{u"parameter"_s, name}});
        }
        seen.insert(name);
    }
    ReportParams params;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now(), Qt::UTC).date();
    auto range = ReportRange::fromQuery(query, today);
    if (!range)
        return range.error();
    params.range = range.value();
    if (query.hasQueryItem(u"dimension"_s)) {
        params.dimension = query.queryItemValue(u"dimension"_s, QUrl::FullyDecoded);
        if (!dimensions().contains(params.dimension)) {
            return Result<ReportParams>::failure(
                u"unknown_dimension"_s,
                Tr::tr("Unknown dimension \"%1\"; use product, category or channel.")
                    .arg(params.dimension),
                QJsonObject{{u"dimension"_s, params.dimension}});
        }
    }
    if (query.hasQueryItem(u"channel"_s)) {
        params.hasChannel = true;
        params.channel = query.queryItemValue(u"channel"_s, QUrl::FullyDecoded);
        if (!channels().contains(params.channel)) {
            return Result<ReportParams>::failure(
                u"unknown_channel"_s,
                Tr::tr("Unknown channel \"%1\"; use chat, email, phone or web.")
                    .arg(params.channel),
                QJsonObject{{u"channel"_s, params.channel}});
        }
    }
    if (query.hasQueryItem(u"category"_s)) {
        params.hasCategory = true;
        params.category = query.queryItemValue(u"category"_s, QUrl::FullyDecoded);
        if (params.category.size() > 200) {
            return Result<ReportParams>::failure(u"invalid_parameter"_s,
                                                 Tr::tr("A category has at most 200 characters."),
                                                 QJsonObject{{u"parameter"_s, u"category"_s}});
        }
    }
    if (report == u"movers"_s)
        params.limit = 5;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const QString text = query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        params.limit = text.toInt(&ok);
        if (!ok || params.limit < 1 || params.limit > 1000) {
            return Result<ReportParams>::failure(
                u"invalid_parameter"_s,
                Tr::tr("The limit must be a whole number from 1 to 1000, not \"%1\".").arg(text),
                QJsonObject{{u"parameter"_s, u"limit"_s}, {u"value"_s, text}});
        }
    }
    return params;
}

Result<QJsonObject> ReportService::run(const QString &report, const QUrlQuery &query,
                                       const QString &role)
{
    if (!allowedRoles().contains(role)) {
        return Result<QJsonObject>::failure(u"forbidden"_s,
                                            Tr::tr("Reports are for managers and admins."),
                                            QJsonObject{{u"role"_s, role}});
    }
    if (!reportNames().contains(report)) {
        return Result<QJsonObject>::failure(u"unknown_report"_s,
                                            Tr::tr("There is no report \"%1\"; the reports are %2.")
                                                .arg(report, reportNames().join(u", "_s)),
                                            QJsonObject{{u"report"_s, report}});
    }
    auto params = parse(report, query);
    if (!params)
        return params.error();
    QElapsedTimer timer;
    timer.start();
    if (m_catchUp) {
        if (auto caught = m_indexer.catchUp(); !caught)
            return caught.error();
    }
    const Result<QJsonObject> answer = answerOf(report, params.value(), query);
    qCDebug(lcReports) << report << params->range.label() << "answered in" << timer.elapsed()
                       << "ms";
    return answer;
}

Result<QJsonObject> ReportService::answerOf(const QString &report, const ReportParams &params,
                                            const QUrlQuery &query)
{
    QJsonObject head = header(report, params);
    if (report == u"sales"_s)
        return SalesReportService(m_db, params, m_currency).run(head);
    if (report == u"growth"_s)
        return GrowthReportService(m_db, params, m_currency).run(head);
    if (report == u"movers"_s)
        return MoversReportService(m_db, params, m_currency).run(head);
    if (report == u"stockouts"_s)
        return StockoutsReportService(m_db, params, m_currency, m_now()).run(head);
    if (report == u"customers"_s)
        return CustomersReportService(m_db, params).run(head);
    if (report == u"care"_s)
        return CareReportService(m_db, m_now()).run(head, params.range, query);
    if (report == u"returns"_s)
        return ReturnsReportService(m_db, m_currency).run(head, params.range, query);
    return ServiceReportService(m_db, params, m_currency).run(head);
}

QJsonObject ReportService::header(const QString &report, const ReportParams &params) const
{
    QJsonObject range = rangeJson(params.range);
    range.insert(u"period"_s, ReportRange::periodName(params.range.period()));
    QJsonObject filters;
    if (params.hasCategory)
        filters.insert(u"category"_s, params.category);
    if (params.hasChannel)
        filters.insert(u"channel"_s, params.channel);
    return QJsonObject{
        {u"report"_s, report},
        {u"range"_s, range},
        {u"filters"_s, filters},
        {u"currency"_s, m_currency},
        {u"counted_statuses"_s, QJsonArray::fromStringList(ReportIndexer::countedStatuses())}};
}

} // namespace shopdesk::reports
