#include "client/localcachequeries.h"

#include "client/localcache.h"
#include "client/localcachesql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString customerColumns = u"id, name, email, phone, address"_s;

CustomerRecord readCustomer(const QSqlQuery &q)
{
    CustomerRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.email = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.address = q.value(4).toString();
    return c;
}

// SQL that strips the separators people type into phone numbers, so "030 123-45" finds
// "03012345".
QString phoneDigits(const QString &column)
{
    return u"replace(replace(replace(replace(replace(replace(coalesce("_s + column +
           u", ''), ' ', ''), '-', ''), '/', ''), '(', ''), ')', ''), '.', '')"_s;
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

LocalCacheQueries::LocalCacheQueries(const LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

QList<ProductRecord> LocalCacheQueries::products() const
{
    QList<ProductRecord> result;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + cachesql::productColumns() + u" FROM products ORDER BY sku"_s))
        return result;
    while (q.next())
        result.append(cachesql::readProduct(q));
    return result;
}

QList<ProductRecord> LocalCacheQueries::readProducts(const QString &path)
{
    QList<ProductRecord> result;
    const QString name = u"shopdesk-cache-reader-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(u"SELECT "_s + cachesql::productColumns() +
                       u" FROM products ORDER BY sku"_s)) {
                while (q.next())
                    result.append(cachesql::readProduct(q));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

std::optional<ProductRecord> LocalCacheQueries::product(const QString &sku) const
{
    return cachesql::product(m_cache.database(), sku);
}

namespace {
qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

qint64 LocalCacheQueries::productCount() const
{
    return countRows(m_cache.database(), u"products"_s);
}

qint64 LocalCacheQueries::customerCount() const
{
    return countRows(m_cache.database(), u"customers"_s);
}

qint64 LocalCacheQueries::movementCount() const
{
    return countRows(m_cache.database(), u"movements"_s);
}

std::optional<LocalOrder> LocalCacheQueries::order(qint64 localId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT local_id, server_id, status, customer_id, data, refusal FROM orders "
              "WHERE local_id = ?"_s);
    q.addBindValue(localId);
    return cachesql::readOrder(q);
}

std::optional<LocalOrder> LocalCacheQueries::orderByServerId(qint64 serverId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT local_id, server_id, status, customer_id, data, refusal FROM orders "
              "WHERE server_id = ?"_s);
    q.addBindValue(serverId);
    return cachesql::readOrder(q);
}

QList<LocalOrder> LocalCacheQueries::orders() const
{
    QList<LocalOrder> result;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT local_id, server_id, status, customer_id, data, refusal FROM orders "
                "ORDER BY coalesce(server_id, 0) = 0 DESC, server_id DESC, local_id DESC"_s))
        return result;
    while (q.next()) {
        Error refusal;
        if (!q.value(5).isNull()) {
            const QJsonObject e = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            refusal = Error{e.value(u"code"_s).toString(), e.value(u"message"_s).toString(),
                            e.value(u"details"_s).toObject()};
        }
        result.append(LocalOrder::fromCache(
            q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toLongLong(),
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), refusal));
    }
    return result;
}

std::optional<CustomerRecord> LocalCacheQueries::customer(qint64 id) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT "_s + customerColumns + u" FROM customers WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCustomer(q);
}

QList<CustomerRecord> LocalCacheQueries::findCustomers(const QString &text, int limit) const
{
    QList<CustomerRecord> result;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return result;
    QSqlDatabase db = m_cache.database();
    QList<qint64> seen;
    // An order number names one customer: list them first.
    bool isNumber = false;
    const qint64 orderId = needle.startsWith(u'#') ? needle.mid(1).toLongLong(&isNumber)
                                                   : needle.toLongLong(&isNumber);
    if (isNumber && orderId > 0) {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT "_s + customerColumns +
            u" FROM customers WHERE id = (SELECT customer_id FROM orders WHERE server_id = ?)"_s);
        q.addBindValue(orderId);
        if (q.exec() && q.next()) {
            result.append(readCustomer(q));
            seen.append(result.last().id);
        }
    }
    QString digits;
    for (const QChar c : needle) {
        if (c.isDigit())
            digits += c;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + customerColumns +
                  u" FROM customers WHERE lower(name) LIKE ? ESCAPE '\\' OR "
                  "lower(email) LIKE ? ESCAPE '\\'"_s;
    if (digits.size() >= 3)
        sql += u" OR "_s + phoneDigits(u"phone"_s) + u" LIKE ?"_s;
    q.prepare(sql + u" ORDER BY name, id LIMIT ?"_s);
    const QString pattern = likePattern(needle);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (digits.size() >= 3)
        q.addBindValue(u'%' + digits + u'%');
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next() && result.size() < limit) {
        CustomerRecord c = readCustomer(q);
        if (!seen.contains(c.id))
            result.append(std::move(c));
    }
    return result;
}

std::optional<ProductRecord> LocalCacheQueries::productByBarcode(const QString &barcode) const
{
    if (barcode.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT sku FROM products WHERE barcode = ? LIMIT 1"_s);
    q.addBindValue(barcode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return product(q.value(0).toString());
}

} // namespace shopdesk::client
