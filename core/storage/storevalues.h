#pragma once

#include <QJsonObject>
#include <QString>

namespace shopdesk::storage {

// Values the stores write the same way: money as the API spells it, search text as a pattern.
class StoreValues
{
public:
    static QJsonObject money(qint64 amountMinor, const QString &currency);
    // A case-insensitive LIKE pattern (with ESCAPE '\') finding query anywhere in a text.
    static QString likePattern(const QString &query);
};

} // namespace shopdesk::storage
