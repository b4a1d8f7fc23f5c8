#include "reports/reportrange.h"

#include "domain/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

constexpr qint64 msecsPerDay = 86400000;

Error invalidParameter(const QString &name, const QString &value, const QString &expected)
{
    return Error{
        u"invalid_parameter"_s,
        Tr::tr("The parameter %1 has the value \"%2\"; expected %3.").arg(name, value, expected),
        QJsonObject{{u"parameter"_s, name}, {u"value"_s, value}}};
}

Result<QDate> parseDate(const QUrlQuery &query, const QString &name)
{
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return invalidParameter(name, text, Tr::tr("a date as YYYY-MM-DD"));
    return date;
}

} // namespace

ReportRange::ReportRange(QDate from, QDate to, Period period)
    : m_from(from)
    , m_to(to)
    , m_period(period)
{}

QString ReportRange::periodName(Period period)
{
    switch (period) {
    case Period::Quarter:
        return u"quarter"_s;
    case Period::Month:
        return u"month"_s;
    case Period::Week:
        return u"week"_s;
    case Period::Custom:
        break;
    }
    return u"custom"_s;
}

QDate ReportRange::quarterStart(QDate date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

Result<ReportRange> ReportRange::fromQuery(const QUrlQuery &query, QDate today)
{
    Period period = Period::Quarter;
    if (query.hasQueryItem(u"period"_s)) {
        const QString name = query.queryItemValue(u"period"_s);
        static const QList<Period> all{Period::Quarter, Period::Month, Period::Week,
                                       Period::Custom};
        bool found = false;
        for (Period candidate : all) {
            if (periodName(candidate) == name) {
                period = candidate;
                found = true;
            }
        }
        if (!found) {
            return Result<ReportRange>::failure(
                u"unknown_period"_s,
                Tr::tr("Unknown period \"%1\"; use quarter, month, week or custom.").arg(name),
                QJsonObject{{u"period"_s, name}});
        }
    }

    const bool hasFrom = query.hasQueryItem(u"from"_s);
    const bool hasTo = query.hasQueryItem(u"to"_s);
    const bool hasQuarter = query.hasQueryItem(u"quarter"_s);
    QDate from;
    QDate to;
    if (hasQuarter) {
        if (hasFrom || hasTo) {
            return Result<ReportRange>::failure(
                u"invalid_range"_s, Tr::tr("Give either quarter or from and to, not both."));
        }
        const QString text = query.queryItemValue(u"quarter"_s);
        static const QRegularExpression pattern(u"^(\\d{4})-Q([1-4])$"_s);
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            return invalidParameter(u"quarter"_s, text, Tr::tr("a quarter as YYYY-Qn"));
        from = QDate(match.captured(1).toInt(), (match.captured(2).toInt() - 1) * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
    } else if (hasFrom || hasTo) {
        if (!hasFrom || !hasTo) {
            return Result<ReportRange>::failure(u"invalid_range"_s,
                                                Tr::tr("Give both from and to."));
        }
        auto f = parseDate(query, u"from"_s);
        if (!f)
            return f.error();
        auto t = parseDate(query, u"to"_s);
        if (!t)
            return t.error();
        from = f.value();
        to = t.value();
    } else {
        from = quarterStart(today);
        to = from.addMonths(3).addDays(-1);
    }
    if (from > to) {
        return Result<ReportRange>::failure(
            u"invalid_range"_s,
            Tr::tr("The range starts on %1, after its end on %2.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
            QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                        {u"to"_s, to.toString(Qt::ISODate)}});
    }
    if (from < QDate(1970, 1, 1) || to.addYears(-10) > from) {
        return Result<ReportRange>::failure(
            u"invalid_range"_s, Tr::tr("A report covers at most ten years, from 1970 on."),
            QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                        {u"to"_s, to.toString(Qt::ISODate)}});
    }
    return ReportRange(from, to, period);
}

QList<ReportRange::Bucket> ReportRange::buckets() const
{
    QList<Bucket> list;
    if (m_period == Period::Custom) {
        list.append(Bucket{label(), m_from, m_to});
        return list;
    }
    QDate start = m_from;
    while (start <= m_to) {
        QDate natural;
        QString key;
        switch (m_period) {
        case Period::Quarter: {
            const QDate q = quarterStart(start);
            natural = q.addMonths(3).addDays(-1);
            key = u"%1-Q%2"_s.arg(q.year()).arg((q.month() - 1) / 3 + 1);
            break;
        }
        case Period::Month:
            natural = QDate(start.year(), start.month(), 1).addMonths(1).addDays(-1);
            key = start.toString(u"yyyy-MM"_s);
            break;
        case Period::Week: {
            natural = start.addDays(7 - start.dayOfWeek()); // ISO weeks end on Sunday
            int weekYear = 0;
            const int week = start.weekNumber(&weekYear);
            key = u"%1-W%2"_s.arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
            break;
        }
        case Period::Custom:
            break;
        }
        const QDate end = qMin(natural, m_to);
        list.append(Bucket{key, start, end});
        start = end.addDays(1);
    }
    return list;
}

bool ReportRange::wholeMonths() const
{
    return m_from.day() == 1 && m_to.addDays(1).day() == 1;
}

ReportRange ReportRange::previous() const
{
    if (wholeMonths()) {
        const int months = (m_to.year() - m_from.year()) * 12 + m_to.month() - m_from.month() + 1;
        const QDate from = m_from.addMonths(-months);
        return ReportRange(from, m_from.addDays(-1), m_period);
    }
    const qint64 days = m_from.daysTo(m_to) + 1;
    return ReportRange(m_from.addDays(-days), m_from.addDays(-1), m_period);
}

ReportRange ReportRange::yearAgo() const
{
    if (wholeMonths()) // keeps 29 February in a leap year's month
        return ReportRange(m_from.addYears(-1), m_to.addDays(1).addYears(-1).addDays(-1), m_period);
    return ReportRange(m_from.addYears(-1), m_to.addYears(-1), m_period);
}

qint64 ReportRange::dayNumber(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

qint64 ReportRange::fromMsecs() const
{
    return fromDay() * msecsPerDay;
}

qint64 ReportRange::endMsecs() const
{
    return (toDay() + 1) * msecsPerDay;
}

QString ReportRange::label() const
{
    const QDate q = quarterStart(m_from);
    if (m_from == q && m_to == q.addMonths(3).addDays(-1))
        return u"%1-Q%2"_s.arg(q.year()).arg((q.month() - 1) / 3 + 1);
    return m_from.toString(Qt::ISODate) + u".."_s + m_to.toString(Qt::ISODate);
}

} // namespace shopdesk::reports
