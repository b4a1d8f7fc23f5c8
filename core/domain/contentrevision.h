#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk {

// One publication of a product's content, as the revision list shows it.
struct ContentRevision
{
    qint64 revision = 0;
    QDateTime publishedAt;
    QString publishedBy;
    QString source; // "version 3", "rollback to revision 1"
    QString title;

    static Result<ContentRevision> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk
