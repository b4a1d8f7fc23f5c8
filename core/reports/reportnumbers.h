#pragma once

#include "reports/reportrange.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace shopdesk::reports {

// Numbers as every report writes them.

// Growth from base to current in percent with one decimal; null when there is nothing to
// compare with.
QJsonValue percentChange(qint64 current, qint64 base);
// part of whole in percent with one decimal; null when whole is 0.
QJsonValue sharePercent(qint64 part, qint64 whole);
QJsonObject moneyJson(qint64 minor, const QString &currency);
// A range's first and last day and its label.
QJsonObject rangeJson(const ReportRange &range);
// Milliseconds since the epoch as an ISO 8601 UTC time.
QString isoTime(qint64 msecs);

} // namespace shopdesk::reports
