#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace shopdesk::storage {

// A list read in pages by a unique key: the rows whose key follows the cursor, in key order.
// Every listing of the store pages this way, so a row inserted between two pages is never
// skipped or read twice.
class KeysetQuery
{
public:
    // Descending lists newest first: "follows" is then "is smaller than". The key stays a
    // plain column either way, so its index serves both the cursor and the order.
    enum class Order { Ascending, Descending };

    // select: "SELECT ... FROM ..." without WHERE; key: the ordering column.
    KeysetQuery(QString select, QString key, QVariant after, Order order = Order::Ascending);

    // Narrows the rows further (ANDed to the cursor condition).
    void where(const QString &condition, const QVariantList &values = {});

    // At most rows rows after the cursor.
    Result<SqlRows> fetch(Database &db, qint64 rows) const;
    // The statement fetch() runs, its last placeholder the row count (for query plans).
    QString statement() const;
    QVariantList values() const { return m_values; }

    // One page as the API lists it: {"items": [...], "next": cursor or null}. Reads one row
    // more than limit to know whether another page follows; cursor names a page's last item.
    using RowReader = std::function<QJsonObject(const SqlRows &)>;
    using Cursor = std::function<QJsonValue(const QJsonObject &)>;
    Result<QJsonObject> page(Database &db, int limit, const RowReader &read,
                             const Cursor &cursor) const;

    // The cursor of lists keyed by a numeric id, which the API writes as text.
    static QJsonValue idCursor(const QJsonObject &item);

private:
    QString m_select;
    QString m_key;
    Order m_order;
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace shopdesk::storage
