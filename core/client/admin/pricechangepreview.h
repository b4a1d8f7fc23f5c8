#pragma once

#include "domain/pricechange.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk::client {

// What a bulk price change would do, as the server previewed it: every price that would
// change, every problem that keeps it from being applied, and the token an apply quotes.
struct PriceChangePreview
{
    struct Change
    {
        QString sku;
        QString name;
        qint64 oldMinor = 0;
        qint64 newMinor = 0;
        QString currency;
    };
    QList<Change> changes;
    QList<PriceProblem> problems;
    QString token;

    bool canApply() const { return problems.isEmpty() && !changes.isEmpty(); }

    static Result<PriceChangePreview> fromJson(const QJsonObject &json);
};

} // namespace shopdesk::client
