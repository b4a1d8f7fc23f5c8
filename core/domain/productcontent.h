#pragma once

#include "domain/contentfields.h"
#include "domain/result.h"

#include <QDateTime>

namespace shopdesk {

// A product's content: its newest draft version, where it stands in the workflow and its
// fields (docs/api.md, "The content object"). A product without content is version 0, a
// draft with empty fields.
struct ProductContent
{
    QString sku;
    qint64 version = 0;
    QString state = QStringLiteral("draft"); // draft, in_review, scheduled, published
    QDateTime publishAt;                     // set while scheduled
    qint64 publishedRevision = 0;            // 0: never published
    QDateTime updatedAt;
    QString updatedBy;
    ContentFields fields;

    static Result<ProductContent> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace shopdesk
