#include "storage/productstore.h"

#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// The columns productFromRow() reads, in its order (the stock figures follow them); the
// minimum stock is the one at the default location "main".
const QString productColumns =
    u"p.sku, p.name, p.price_minor, p.currency, p.category, p.barcode, p.description, "
    "p.created_at, p.updated_at, p.tax_rate_bp, p.archived, p.archived_at, "
    "(SELECT m.minimum FROM stock_minimums m WHERE m.sku = p.sku AND m.location = 'main')"_s;

QJsonObject productFromRow(const SqlRows &q, const QJsonObject &stock)
{
    const bool archived = q.value(10).toLongLong() != 0;
    return QJsonObject{
        {u"sku"_s, q.value(0).toString()},
        {u"name"_s, q.value(1).toString()},
        {u"price"_s, StoreValues::money(q.value(2).toLongLong(), q.value(3).toString())},
        {u"category"_s, q.value(4).toString()},
        {u"barcode"_s, q.value(5).toString()},
        {u"description"_s, q.value(6).toString()},
        {u"created_at"_s, StoreClock::isoTime(q.value(7).toLongLong())},
        {u"updated_at"_s, StoreClock::isoTime(q.value(8).toLongLong())},
        {u"tax_rate_bp"_s, q.value(9).toLongLong()},
        {u"archived"_s, archived},
        {u"archived_at"_s, archived ? QJsonValue(StoreClock::isoTime(q.value(11).toLongLong()))
                                    : QJsonValue(QJsonValue::Null)},
        {u"minimum_stock"_s, q.value(12).isNull() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(q.value(12).toLongLong())},
        {u"stock"_s, stock}};
}

QJsonObject stockFromRow(const SqlRows &q)
{
    const qint64 onHand = q.value(13).toLongLong();
    const qint64 reserved = q.value(14).toLongLong();
    return QJsonObject{{u"sku"_s, q.value(0).toString()},
                       {u"on_hand"_s, onHand},
                       {u"reserved"_s, reserved},
                       {u"available"_s, onHand - reserved}};
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
             }},
            // The catalogue's tax rate and archive; a barcode names one product. Stores made
            // before kept duplicate barcodes: the smallest SKU keeps it, the others lose it.
            {u"products"_s,
             17,
             {
                 u"ALTER TABLE products ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0"_s,
                 u"ALTER TABLE products ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"_s,
                 u"ALTER TABLE products ADD COLUMN archived_at BIGINT"_s,
                 u"UPDATE products SET barcode = '' WHERE barcode <> '' AND sku NOT IN "
                 "(SELECT MIN(sku) FROM products WHERE barcode <> '' GROUP BY barcode)"_s,
                 u"CREATE UNIQUE INDEX products_barcode ON products(barcode) "
                 "WHERE barcode <> ''"_s,
                 u"CREATE INDEX products_category ON products(category)"_s,
             }}};
}

Result<QJsonObject> ProductStore::product(const QString &sku)
{
    auto q =
        m_db.fetch(u"SELECT "_s + productColumns + u" FROM products p WHERE p.sku = ?"_s, {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no product %1.").arg(sku));
    auto s = m_ledger.stock(sku);
    if (!s)
        return s.error();
    return productFromRow(q.value(), s.value());
}

Result<QJsonObject> ProductStore::list(const QString &query, int limit, const QString &after,
                                       bool withArchived)
{
    KeysetQuery page(u"SELECT "_s + productColumns +
                         u", s.on_hand, s.reserved FROM products p JOIN stock s ON s.sku = p.sku"_s,
                     u"p.sku"_s, after);
    if (!query.isEmpty()) {
        const QString pattern = StoreValues::likePattern(query);
        page.where(u"(lower(p.sku) LIKE ? ESCAPE '\\' OR lower(p.name) LIKE ? ESCAPE '\\' "
                   "OR p.barcode = ?)"_s,
                   {pattern, pattern, query});
    }
    if (!withArchived)
        page.where(u"p.archived = 0"_s);
    const auto read = [](const SqlRows &q) { return productFromRow(q, stockFromRow(q)); };
    return page.page(m_db, limit, read,
                     [](const QJsonObject &item) { return item.value(u"sku"_s); });
}

Result<QList<QJsonObject>> ProductStore::productsWhere(const QString &condition,
                                                       const QVariantList &values)
{
    auto q = m_db.fetch(u"SELECT "_s + productColumns +
                            u", s.on_hand, s.reserved FROM products p "
                            "JOIN stock s ON s.sku = p.sku WHERE "_s +
                            condition + u" ORDER BY p.sku"_s,
                        values);
    if (!q)
        return q.error();
    QList<QJsonObject> found;
    while (q.value().next())
        found.append(productFromRow(q.value(), stockFromRow(q.value())));
    return found;
}

Result<void> ProductStore::checkBarcodeFree(const QString &barcode, const QString &sku)
{
    if (barcode.isEmpty())
        return {};
    auto q =
        m_db.fetch(u"SELECT sku FROM products WHERE barcode = ? AND sku <> ?"_s, {barcode, sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return {};
    const QString owner = q.value().value(0).toString();
    return Error{u"barcode_exists"_s,
                 Tr::tr("Barcode %1 belongs to product %2 already.").arg(barcode, owner),
                 QJsonObject{{u"barcode"_s, barcode}, {u"sku"_s, owner}}};
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
    const QString barcode = fields.value(u"barcode"_s).toString();
    if (auto free = checkBarcodeFree(barcode, sku); !free)
        return free.error();
    const QJsonObject price = fields.value(u"price"_s).toObject();
    const qint64 now = m_clock.now();
    if (auto ok = m_db.exec(
            u"INSERT INTO products (sku, name, price_minor, currency, category, barcode, "
            "description, created_at, updated_at, tax_rate_bp, archived) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s,
            {sku, fields.value(u"name"_s).toString(),
             qint64(price.value(u"amount_minor"_s).toDouble()),
             price.value(u"currency"_s).toString(), fields.value(u"category"_s).toString(), barcode,
             fields.value(u"description"_s).toString(), now, now,
             qint64(fields.value(u"tax_rate_bp"_s).toDouble())});
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
    const QString barcode = merged.value(u"barcode"_s).toString();
    if (auto free = checkBarcodeFree(barcode, sku); !free)
        return free.error();
    const QJsonObject price = merged.value(u"price"_s).toObject();
    if (auto ok = m_db.exec(
            u"UPDATE products SET name = ?, price_minor = ?, currency = ?, "
            "category = ?, barcode = ?, description = ?, tax_rate_bp = ?, updated_at = ? "
            "WHERE sku = ?"_s,
            {merged.value(u"name"_s).toString(), qint64(price.value(u"amount_minor"_s).toDouble()),
             price.value(u"currency"_s).toString(), merged.value(u"category"_s).toString(), barcode,
             merged.value(u"description"_s).toString(),
             qint64(merged.value(u"tax_rate_bp"_s).toDouble()), m_clock.now(), sku});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"product"_s, sku, u"update"_s, product(sku));
}

Result<QJsonObject> ProductStore::setArchived(const Actor &actor, const QString &sku, bool archived)
{
    auto current = product(sku);
    if (!current)
        return current;
    if (current.value().value(u"archived"_s).toBool() == archived) {
        return Error{archived ? u"already_archived"_s : u"not_archived"_s,
                     archived ? Tr::tr("Product %1 is archived already.").arg(sku)
                              : Tr::tr("Product %1 is not archived.").arg(sku),
                     QJsonObject{{u"sku"_s, sku}}};
    }
    const qint64 now = m_clock.now();
    if (auto ok = m_db.exec(u"UPDATE products SET archived = ?, archived_at = ?, updated_at = ? "
                            "WHERE sku = ?"_s,
                            {archived ? 1 : 0,
                             archived ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)),
                             now, sku});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"product"_s, sku, u"update"_s, product(sku));
}

Result<void> ProductStore::setPrice(const Actor &actor, const QJsonObject &changed)
{
    const QString sku = changed.value(u"sku"_s).toString();
    const qint64 amount =
        qint64(changed.value(u"price"_s).toObject().value(u"amount_minor"_s).toDouble());
    const qint64 now = m_clock.now();
    if (auto ok = m_db.exec(u"UPDATE products SET price_minor = ?, updated_at = ? WHERE sku = ?"_s,
                            {amount, now, sku});
        !ok) {
        return ok;
    }
    QJsonObject data = changed;
    data.insert(u"updated_at"_s, StoreClock::isoTime(now));
    return m_log.append(actor, u"product"_s, sku, u"update"_s, data);
}

} // namespace shopdesk::storage
