#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk {

// One product in a content list (GET /content?state=): the review queue's row.
struct ContentListItem
{
    QString sku;
    qint64 version = 0;
    QString state;
    QDateTime publishAt; // set while scheduled
    qint64 publishedRevision = 0;
    QDateTime updatedAt;
    QString updatedBy;
    QString title; // of the newest draft; empty when it has none

    static Result<ContentListItem> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk
