#pragma once

#include "client/reportfigures.h"
#include "client/reportheader.h"
#include "domain/result.h"

#include <QList>

namespace shopdesk::reports {

// The growth report: each row's figures against the previous period and a year ago.
struct GrowthReport
{
    struct Comparison
    {
        ReportFigures current;
        ReportFigures previous;
        ReportFigures yearAgo;
        ReportFigures::Percents vsPrevious;
        ReportFigures::Percents vsYearAgo;
    };
    struct Row
    {
        QString key;
        QString label;
        Comparison figures;
    };

    ReportHeader header;
    QString dimension;
    ReportHeader::Range previous;
    ReportHeader::Range yearAgo;
    Comparison totals;
    QList<Row> rows;
    qint64 rowCount = 0;

    static Result<GrowthReport> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
