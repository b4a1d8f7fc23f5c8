#include "storage/productstore.h"

#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

QJsonObject productFromRow(const SqlRows &q, const QJsonObject &stock)
{
    return QJsonObject{
        {u"sku"_s, q.value(0).toString()},
        {u"name"_s, q.value(1).toString()},
        {u"price"_s, StoreValues::money(q.value(2).toLongLong(), q.value(3).toString())},
        {u"category"_s, q.value(4).toString()},
        {u"barcode"_s, q.value(5).toString()},
        {u"description"_s, q.value(6).toString()},
        {u"created_at"_s, StoreClock::isoTime(q.value(7).toLongLong())},
        {u"updated_at"_s, StoreClock::isoTime(q.value(8).toLongLong())},
        {u"stock"_s, stock}};
}

} // namespace

ProductStore::ProductStore(Database &db, const StoreClock &clock, ChangeLog &log,
                           StockLedger &ledger)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_ledger(ledger)
{}

QList<MigrationStep> ProductStore::migrations()
{
    return {{u"products"_s,
             1,
             {
                 u"CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL, "
                 "price_minor BIGINT NOT NULL, currency TEXT NOT NULL, category TEXT NOT NULL, "
                 "barcode TEXT NOT NULL, description TEXT NOT NULL, created_at BIGINT NOT NULL, "
                 "updated_at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX products_name ON products(name)"_s,
             }}};
}

Result<QJsonObject> ProductStore::product(const QString &sku)
{
    auto q = m_db.fetch(u"SELECT sku, name, price_minor, currency, category, barcode, description, "
                        "created_at, updated_at FROM products WHERE sku = ?"_s,
                        {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no product %1.").arg(sku));
    auto s = m_ledger.stock(sku);
    if (!s)
        return s.error();
    return productFromRow(q.value(), s.value());
}

Result<QJsonObject> ProductStore::list(const QString &query, int limit, const QString &after)
{
    KeysetQuery page(u"SELECT p.sku, p.name, p.price_minor, p.currency, p.category, p.barcode, "
                     "p.description, p.created_at, p.updated_at, s.on_hand, s.reserved "
                     "FROM products p JOIN stock s ON s.sku = p.sku"_s,
                     u"p.sku"_s, after);
    if (!query.isEmpty()) {
        const QString pattern = StoreValues::likePattern(query);
        page.where(u"(lower(p.sku) LIKE ? ESCAPE '\\' OR lower(p.name) LIKE ? ESCAPE '\\' "
                   "OR p.barcode = ?)"_s,
                   {pattern, pattern, query});
    }
    const auto read = [](const SqlRows &q) {
        const qint64 onHand = q.value(9).toLongLong();
        const qint64 reserved = q.value(10).toLongLong();
        return productFromRow(q, QJsonObject{{u"sku"_s, q.value(0).toString()},
                                             {u"on_hand"_s, onHand},
                                             {u"reserved"_s, reserved},
                                             {u"available"_s, onHand - reserved}});
    };
    return page.page(m_db, limit, read,
                     [](const QJsonObject &item) { return item.value(u"sku"_s); });
}

Result<QJsonObject> ProductStore::create(const Actor &actor, const QJsonObject &fields)
{
    const QString sku = fields.value(u"sku"_s).toString();
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM products WHERE sku = ?"_s, {sku}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() > 0) {
        return Error{u"sku_exists"_s, Tr::tr("A product with SKU %1 exists already.").arg(sku),
                     QJsonObject{{u"sku"_s, sku}}};
    }
    const QJsonObject price = fields.value(u"price"_s).toObject();
    const qint64 now = m_clock.now();
    if (auto ok = m_db.exec(
            u"INSERT INTO products (sku, name, price_minor, currency, category, barcode, "
            "description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {sku, fields.value(u"name"_s).toString(),
             qint64(price.value(u"amount_minor"_s).toDouble()),
             price.value(u"currency"_s).toString(), fields.value(u"category"_s).toString(),
             fields.value(u"barcode"_s).toString(), fields.value(u"description"_s).toString(), now,
             now});
        !ok) {
        return ok.error();
    }
    if (auto ok = m_ledger.open(sku); !ok)
        return ok.error();
    return m_log.appendRead(actor, u"product"_s, sku, u"create"_s, product(sku));
}

Result<QJsonObject> ProductStore::update(const Actor &actor, const QString &sku,
                                         const QJsonObject &fields)
{
    auto current = product(sku);
    if (!current)
        return current;
    QJsonObject merged = current.value();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    const QJsonObject price = merged.value(u"price"_s).toObject();
    if (auto ok = m_db.exec(
            u"UPDATE products SET name = ?, price_minor = ?, currency = ?, "
            "category = ?, barcode = ?, description = ?, updated_at = ? "
            "WHERE sku = ?"_s,
            {merged.value(u"name"_s).toString(), qint64(price.value(u"amount_minor"_s).toDouble()),
             price.value(u"currency"_s).toString(), merged.value(u"category"_s).toString(),
             merged.value(u"barcode"_s).toString(), merged.value(u"description"_s).toString(),
             m_clock.now(), sku});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"product"_s, sku, u"update"_s, product(sku));
}

} // namespace shopdesk::storage
