#include "client/reportresult.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

template<typename Report>
const Report &
held(const std::variant<std::monostate, SalesReport, GrowthReport, MoversReport, StockoutReport,
                        CustomerReport, ServiceReport, CareReport, ReturnsReport> &report)
{
    static const Report empty;
    const Report *value = std::get_if<Report>(&report);
    return value ? *value : empty;
}

template<typename Report>
Result<ReportResult> parsed(const QJsonObject &json)
{
    auto report = Report::fromJson(json);
    if (!report)
        return report.error();
    return ReportResult(std::move(report).value());
}

} // namespace

ReportResult::ReportResult(SalesReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(GrowthReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(MoversReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(StockoutReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(CustomerReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(ServiceReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(CareReport report)
    : m_report(std::move(report))
{}

ReportResult::ReportResult(ReturnsReport report)
    : m_report(std::move(report))
{}

Result<ReportResult> ReportResult::fromJson(const QString &report, const QJsonObject &json)
{
    if (report == u"sales"_s)
        return parsed<SalesReport>(json);
    if (report == u"growth"_s)
        return parsed<GrowthReport>(json);
    if (report == u"movers"_s)
        return parsed<MoversReport>(json);
    if (report == u"stockouts"_s)
        return parsed<StockoutReport>(json);
    if (report == u"customers"_s)
        return parsed<CustomerReport>(json);
    if (report == u"service"_s)
        return parsed<ServiceReport>(json);
    if (report == u"care"_s)
        return parsed<CareReport>(json);
    if (report == u"returns"_s)
        return parsed<ReturnsReport>(json);
    return Result<ReportResult>::failure(u"unknown_report"_s,
                                         Tr::tr("There is no report \"%1\".").arg(report),
                                         QJsonObject{{u"report"_s, report}});
}

QJsonObject ReportResult::toJson() const
{
    return std::visit(
        [](const auto &report) -> QJsonObject {
            if constexpr (std::is_same_v<std::decay_t<decltype(report)>, std::monostate>)
                return QJsonObject();
            else
                return report.toJson();
        },
        m_report);
}

const ReportHeader &ReportResult::header() const
{
    static const ReportHeader none;
    return std::visit(
        [](const auto &report) -> const ReportHeader & {
            if constexpr (std::is_same_v<std::decay_t<decltype(report)>, std::monostate>)
                return none;
            else
                return report.header;
        },
        m_report);
}

QString ReportResult::report() const
{
    return header().report;
}

const SalesReport &ReportResult::sales() const
{
    return held<SalesReport>(m_report);
}

const GrowthReport &ReportResult::growth() const
{
    return held<GrowthReport>(m_report);
}

const MoversReport &ReportResult::movers() const
{
    return held<MoversReport>(m_report);
}

const StockoutReport &ReportResult::stockouts() const
{
    return held<StockoutReport>(m_report);
}

const CustomerReport &ReportResult::customers() const
{
    return held<CustomerReport>(m_report);
}

const ServiceReport &ReportResult::service() const
{
    return held<ServiceReport>(m_report);
}

const CareReport &ReportResult::care() const
{
    return held<CareReport>(m_report);
}

const ReturnsReport &ReportResult::returns() const
{
    return held<ReturnsReport>(m_report);
}

} // namespace shopdesk::reports
