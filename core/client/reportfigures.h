#pragma once

#include "domain/money.h"

#include <QJsonObject>

#include <optional>

namespace shopdesk {
class JsonFieldReader;
}

namespace shopdesk::reports {

// Revenue, units and orders of one row, bucket or total of a sales figure.
struct ReportFigures
{
    // The same three figures as changes in percent; empty where there is nothing to
    // compare with.
    struct Percents
    {
        std::optional<double> revenue;
        std::optional<double> units;
        std::optional<double> orders;
        static Percents fromJson(const QJsonObject &json, JsonFieldReader &read);
        QJsonObject toJson() const;
    };

    std::optional<Money> revenue;
    qint64 units = 0;
    qint64 orders = 0;

    static ReportFigures fromJson(const QJsonObject &json, JsonFieldReader &read);
    QJsonObject toJson() const;
};

// JSON null for an empty optional, the value otherwise.
QJsonValue optionalJson(const std::optional<double> &value);
QJsonValue optionalJson(const std::optional<qint64> &value);
QJsonValue optionalJson(const std::optional<Money> &value);

} // namespace shopdesk::reports
