#pragma once

#include <QCoreApplication>

#include "client/returnsreport.h"

#include <QLocale>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace shopdesk::ui {

// The returns report's chart, month by month: returns and refunds as bars, and the net
// revenue after refunds as a line on an axis of its own (major units).
class ReturnsChart
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::ReturnsChart)

public:
    static QChart *build(const reports::ReturnsReport &report, const QLocale &locale);
};

} // namespace shopdesk::ui
