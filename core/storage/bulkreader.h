#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::storage {

class ShopStore;

// Which change records one reader may receive: an entity list (empty: all but excluded), and
// for the shop role only the order records of its own orders.
struct ChangeScope
{
    QStringList only;
    QStringList excluded;
    qint64 ordersOf = 0;  // > 0: order records only of orders this user created
    QString ordersOfName; // that user's name, as order records carry it
    qint64 chatsOf = 0;   // > 0: conversation records only of the chats this user posted
    QString chatsOfName;  // that user's name, as conversation records carry it (posted_by)

    bool isAll() const
    {
        return only.isEmpty() && excluded.isEmpty() && ordersOf <= 0 && chatsOf <= 0;
    }
    bool accepts(const QString &entity, const QJsonObject &data) const
    {
        // Owned records are filtered by their owner, whatever `only` lists.
        if (chatsOf > 0 && entity == QLatin1String("conversation"))
            return data.value(QLatin1String("posted_by")).toString() == chatsOfName;
        if (excluded.contains(entity) || (!only.isEmpty() && !only.contains(entity)))
            return false;
        if (ordersOf > 0 && entity == QLatin1String("order"))
            return data.value(QLatin1String("created_by")).toString() == ordersOfName;
        return true;
    }
};

// Reads in bulk for a first sync: whole tables in keyset-ordered pages, written straight to
// JSON text (one query per page, no JSON objects in between), and the change log filtered
// to what one reader may see.
class BulkReader
{
public:
    // One page: a JSON array's text (of rows for products, customers and movements, of
    // objects for orders), how many, and the key of the last one.
    struct Page
    {
        QByteArray items;
        int count = 0;
        QString last;
    };

    BulkReader(Database &db, ShopStore &store)
        : m_db(db)
        , m_store(store)
    {}

    // The column names of an entity's rows as a JSON array's text (null for orders): a row
    // is an array of values in this order, "a.b" naming field b of the GET's object a.
    static const char *columns(const QString &entity);

    // Rows of products with their stock totals, as GET /products lists them, by SKU after
    // `after`.
    Result<Page> products(const QString &after, int limit);
    // Rows of customers as GET /customers/{id} and of movements as GET /movements, by id.
    Result<Page> customers(qint64 after, int limit);
    Result<Page> movements(qint64 after, int limit);
    // Orders as GET /orders/{id}; onlyCreatedBy > 0 keeps one user's orders.
    Result<Page> orders(qint64 after, int limit, qint64 onlyCreatedBy);

    // Change records after since that scope lets through, at most limit. *next receives the
    // seq the reader continues from: past records it may not see, so it never reads them again.
    Result<QJsonArray> changes(qint64 since, int limit, const ChangeScope &scope, qint64 *next);

    // StoreClock::isoTime without QDateTime, for the million rows of a ledger page.
    static void appendIsoTime(QByteArray &out, qint64 msecs);
    static void appendJsonString(QByteArray &out, const QString &text);

private:
    Database &m_db;
    ShopStore &m_store;
};

} // namespace shopdesk::storage
