#pragma once

#include "client/reportheader.h"
#include "domain/result.h"

#include <QList>
#include <QMap>

#include <optional>

namespace shopdesk::reports {

// The care desk's service figures: response and resolution times, targets kept, breaches,
// escalations and QA causes per agent, kind or channel and in total, and QA findings per
// month.
struct CareReport
{
    // One clock's figures over the tickets whose clock was met.
    struct Clock
    {
        qint64 count = 0; // answered (first response) or resolved
        std::optional<qint64> medianMinutes;
        std::optional<qint64> p90Minutes;
        qint64 withinTarget = 0;
        std::optional<double> withinTargetPct;
    };

    struct Figures
    {
        QString key; // the agent, kind or channel; empty on the totals and for unassigned
        QString label;
        qint64 tickets = 0;
        Clock firstResponse;
        Clock resolution;
        qint64 breaches = 0;
        qint64 escalations = 0;
        QMap<QString, qint64> qaCauses; // by cause word (stock_error, …)
    };

    struct Month
    {
        QString month; // "2026-03"
        QMap<QString, qint64> causes;
        qint64 findings = 0;
    };

    ReportHeader header;
    QString group; // agent, kind or channel
    Figures totals;
    QList<Figures> rows;
    QList<Month> causesByMonth;

    static Result<CareReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
