#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk {
class JsonFieldReader;
}

namespace shopdesk::reports {

// What every report answer starts with: which report, the range it covers, the filters it
// applied, its currency and the order statuses it counts as sales.
struct ReportHeader
{
    // A span of days: the asked range, or the one it is compared with.
    struct Range
    {
        QDate from;
        QDate to;
        QString label;  // "2026-Q2", "2026-04-01 – 2026-05-15"
        QString period; // quarter, month, week or custom; empty on compared ranges
        static Range fromJson(const QJsonObject &json, JsonFieldReader &read);
        QJsonObject toJson() const;
    };

    QString report;
    Range range;
    std::optional<QString> category;
    std::optional<QString> channel;
    QString currency;
    QStringList countedStatuses;

    static ReportHeader fromJson(const QJsonObject &json, JsonFieldReader &read);
    // The header's fields, for a report's toJson() to add its own to.
    QJsonObject toJson() const;
};

} // namespace shopdesk::reports
