#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace shopdesk::reports {

// The dates a report covers (both ends inclusive, UTC calendar days) and how its time series
// is cut into buckets. Built from the query of GET /api/v1/reports/<name>.
class ReportRange
{
public:
    enum class Period { Quarter, Month, Week, Custom };

    struct Bucket
    {
        QString key; // "2026-Q1", "2026-03", "2026-W09", or "2026-01-05..2026-02-11"
        QDate from;
        QDate to;
    };

    ReportRange() = default;
    ReportRange(QDate from, QDate to, Period period);

    // from=YYYY-MM-DD&to=YYYY-MM-DD, or quarter=YYYY-Qn, or nothing (the current quarter);
    // period=quarter|month|week|custom. Malformed values: invalid_parameter; from after to or
    // longer than ten years: invalid_range; an unknown period: unknown_period.
    static Result<ReportRange> fromQuery(const QUrlQuery &query, QDate today);

    static QString periodName(Period period);
    static QDate quarterStart(QDate date);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    Period period() const { return m_period; }
    QList<Bucket> buckets() const;

    // The same stretch immediately before: the previous quarter (or months) for whole
    // calendar months, otherwise the same number of days.
    ReportRange previous() const;
    // The same dates one year earlier.
    ReportRange yearAgo() const;

    // UTC days since 1970-01-01, the unit of the summary tables.
    static qint64 dayNumber(QDate date);
    qint64 fromDay() const { return dayNumber(m_from); }
    qint64 toDay() const { return dayNumber(m_to); }
    // Milliseconds since the epoch: start of from, start of the day after to.
    qint64 fromMsecs() const;
    qint64 endMsecs() const;

    QString label() const;

private:
    bool wholeMonths() const;

    QDate m_from;
    QDate m_to;
    Period m_period = Period::Quarter;
};

} // namespace shopdesk::reports
