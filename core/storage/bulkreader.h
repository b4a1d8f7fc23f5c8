#pragma once

#include "domain/result.h"
#include "storage/changescope.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::storage {

class ShopStore;

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
