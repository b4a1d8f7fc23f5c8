#pragma once

#include <QCoreApplication>

#include "client/reportresult.h"
#include "domain/money.h"

#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace shopdesk::ui {

// Builds the trends charts from report answers; the screen and the PDF report use the same
// charts. Amounts are plotted in major units: a chart axis is a picture of the figures, never
// a figure itself (the tables and the PDF text carry the exact amounts).
class TrendCharts
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::TrendCharts)

public:
    // Revenue over the buckets for the top rows (line chart), or revenue per row when the
    // range is a single bucket (bar chart).
    static QChart *sales(const reports::SalesReport &report, const QLocale &locale,
                         int maxRows = 5);
    // Current, previous and year-ago revenue of the top rows (grouped bars).
    static QChart *growth(const reports::GrowthReport &report, const QLocale &locale,
                          int maxRows = 6);
    // Change in revenue of the top movers up and down (bars above and below zero).
    static QChart *movers(const reports::MoversReport &report, const QLocale &locale);
    // Hours out of stock of the products that were out longest.
    static QChart *stockouts(const reports::StockoutReport &report, const QLocale &locale,
                             int maxRows = 8);
    // Customers and, of them, repeat customers per bucket.
    static QChart *customers(const reports::CustomerReport &report, const QLocale &locale);

    // Orders handled and sales per agent.
    static QChart *service(const reports::ServiceReport &report, const QLocale &locale,
                           int maxRows = 10);
    // QA findings per month, stacked by cause; only the causes found in the range.
    static QChart *careCauses(const reports::CareReport &report, const QLocale &locale);

    static double major(const std::optional<Money> &money);
    static QString shortLabel(const QString &label, int length = 18);
};

} // namespace shopdesk::ui
