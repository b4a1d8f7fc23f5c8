#pragma once

#include <QCoreApplication>

#include "client/returnsreport.h"
#include "trends/reporttablemodel.h"

#include <QLocale>

namespace shopdesk::ui {

// The columns of the returns report's table (ReportTableModel shows them): what came back
// and what was refunded per product, reason or month, and per month the revenue after
// refunds.
class ReturnsColumns
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::ReturnsColumns)

public:
    static QList<ReportTableModel::Column> of(const reports::ReturnsReport &report,
                                              const QLocale &locale);
    static QStringList keys(const reports::ReturnsReport &report);
};

} // namespace shopdesk::ui
