#pragma once

#include "client/carereport.h"
#include "client/customerreport.h"
#include "client/growthreport.h"
#include "client/moversreport.h"
#include "client/returnsreport.h"
#include "client/salesreport.h"
#include "client/servicereport.h"
#include "client/stockoutreport.h"
#include "domain/result.h"

#include <QMetaType>

#include <variant>

namespace shopdesk::reports {

// The answer of any one report, typed: what a ReportSource hands to the screens.
class ReportResult
{
public:
    ReportResult() = default;
    ReportResult(SalesReport report);
    ReportResult(GrowthReport report);
    ReportResult(MoversReport report);
    ReportResult(StockoutReport report);
    ReportResult(CustomerReport report);
    ReportResult(ServiceReport report);
    ReportResult(CareReport report);
    ReportResult(ReturnsReport report);

    // report is the name the answer was asked for (sales, growth, ...).
    static Result<ReportResult> fromJson(const QString &report, const QJsonObject &json);
    QJsonObject toJson() const;

    bool isEmpty() const { return std::holds_alternative<std::monostate>(m_report); }
    // The report's name; empty when there is none.
    QString report() const;
    const ReportHeader &header() const;

    // The report of that kind, or an empty one when this holds another kind.
    const SalesReport &sales() const;
    const GrowthReport &growth() const;
    const MoversReport &movers() const;
    const StockoutReport &stockouts() const;
    const CustomerReport &customers() const;
    const ServiceReport &service() const;
    const CareReport &care() const;
    const ReturnsReport &returns() const;

private:
    std::variant<std::monostate, SalesReport, GrowthReport, MoversReport, StockoutReport,
                 CustomerReport, ServiceReport, CareReport, ReturnsReport>
        m_report;
};

} // namespace shopdesk::reports

Q_DECLARE_METATYPE(shopdesk::reports::ReportResult)
