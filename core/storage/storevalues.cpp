#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QJsonObject StoreValues::money(qint64 amountMinor, const QString &currency)
{
    return QJsonObject{{u"amount_minor"_s, amountMinor}, {u"currency"_s, currency}};
}

QString StoreValues::likePattern(const QString &query)
{
    QString escaped = query.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

QString StoreValues::placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

QVariantList StoreValues::values(const QList<qint64> &ids)
{
    QVariantList list;
    for (const qint64 id : ids)
        list << id;
    return list;
}

} // namespace shopdesk::storage
