#include "storage/keysetquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

KeysetQuery::KeysetQuery(QString select, QString key, QVariant after, Order order)
    : m_select(std::move(select))
    , m_key(std::move(key))
    , m_order(order)
    , m_conditions{m_key + (order == Order::Ascending ? u" > ?"_s : u" < ?"_s)}
    , m_values{std::move(after)}
{}

void KeysetQuery::where(const QString &condition, const QVariantList &values)
{
    m_conditions.append(condition);
    m_values.append(values);
}

QString KeysetQuery::statement() const
{
    return m_select + u" WHERE "_s + m_conditions.join(u" AND "_s) + u" ORDER BY "_s + m_key +
           (m_order == Order::Descending ? u" DESC"_s : QString()) + u" LIMIT ?"_s;
}

Result<SqlRows> KeysetQuery::fetch(Database &db, qint64 rows) const
{
    QVariantList values = m_values;
    values.append(rows);
    return db.fetch(statement(), values);
}

Result<QJsonObject> KeysetQuery::page(Database &db, int limit, const RowReader &read,
                                      const Cursor &cursor) const
{
    auto q = fetch(db, qint64(limit) + 1);
    if (!q)
        return q.error();
    QJsonArray items;
    QJsonValue next(QJsonValue::Null);
    while (q.value().next()) {
        if (items.size() == limit) {
            next = cursor(items.last().toObject());
            break;
        }
        items.append(read(q.value()));
    }
    return QJsonObject{{u"items"_s, items}, {u"next"_s, next}};
}

QJsonValue KeysetQuery::idCursor(const QJsonObject &item)
{
    return QString::number(item.value(u"id"_s).toInteger());
}

} // namespace shopdesk::storage
