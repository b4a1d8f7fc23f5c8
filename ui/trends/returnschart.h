#pragma once

#include <QCoreApplication>

#include "client/returnsreport.h"

#include <QLocale>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace shopdesk::ui {

// The returns report's chart, month by month: refunded amount and net revenue after refunds
// as bars (major units), and the units returned as a line on an axis of their own.
class ReturnsChart
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::ReturnsChart)

public:
    static QChart *build(const reports::ReturnsReport &report, const QLocale &locale);
};

} // namespace shopdesk::ui
