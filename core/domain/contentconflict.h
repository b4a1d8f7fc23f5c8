#pragma once

#include "domain/contentfields.h"
#include "domain/productcontent.h"
#include "domain/result.h"

namespace shopdesk {

// A save that met someone else's newer save (409 edit_conflict): their content, the version
// both started from, and the fields as this save sent them.
struct ContentConflict
{
    struct Base
    {
        qint64 version = 0;
        ContentFields fields;
        QDateTime savedAt;
        QString savedBy;
    };

    ProductContent theirs;
    Base base;
    ContentFields mine;

    // From the error's details.
    static Result<ContentConflict> fromJson(const QJsonObject &details);
    QJsonObject toJson() const;
};

} // namespace shopdesk
