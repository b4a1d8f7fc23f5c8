#pragma once

#include "client/reportfigures.h"
#include "client/reportheader.h"
#include "domain/result.h"

#include <QList>

namespace shopdesk::reports {

// The top movers: the rows whose revenue rose or fell most against the previous period.
struct MoversReport
{
    struct Mover
    {
        QString key;
        QString label;
        ReportFigures current;
        ReportFigures previous;
        ReportFigures change; // current minus previous
        std::optional<double> revenueChangePct;
    };

    ReportHeader header;
    QString dimension;
    ReportHeader::Range previous;
    QString rankedBy;
    QList<Mover> up;   // the biggest rise first
    QList<Mover> down; // the biggest fall first

    static Result<MoversReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
