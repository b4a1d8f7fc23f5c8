#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk {

// A category named by product content, with how many products name it.
struct ContentCategory
{
    QString path; // "Kitchen/Knives"
    qint64 products = 0;

    static Result<ContentCategory> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk
