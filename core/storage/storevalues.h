#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace shopdesk::storage {

// Values the stores write the same way: money as the API spells it, search text as a pattern.
class StoreValues
{
public:
    static QJsonObject money(qint64 amountMinor, const QString &currency);
    // A case-insensitive LIKE pattern (with ESCAPE '\') finding query anywhere in a text.
    static QString likePattern(const QString &query);
    // "?, ?, ?" for an IN (...) of count values, and ids as those values.
    static QString placeholders(qsizetype count);
    static QVariantList values(const QList<qint64> &ids);
};

} // namespace shopdesk::storage
