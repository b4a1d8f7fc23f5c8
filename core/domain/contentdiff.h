#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace shopdesk {

// What differs, field by field, between a published revision and a later one or the draft.
struct ContentDiff
{
    // One differing field; values as ContentFields::value() gives them.
    struct Change
    {
        QString field;
        QVariant from;
        QVariant to;
    };

    QString sku;
    qint64 from = 0;
    std::optional<qint64> to; // empty: the current draft
    QList<Change> changes;    // in document order
    QStringList unchanged;

    static Result<ContentDiff> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk
