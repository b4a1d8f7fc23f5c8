#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk {

// One image of a product, stored once under the SHA-256 of its bytes.
struct ProductImage
{
    QString hash; // 64 hex digits
    QString url;  // "/api/v1/images/<hash>"
    QString mime;
    int width = 0;
    int height = 0;
    qint64 size = 0;   // bytes
    bool main = false; // the first image of the product

    static Result<ProductImage> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk
