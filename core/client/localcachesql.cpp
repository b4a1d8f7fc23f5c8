#include "client/localcachesql.h"

#include "client/logging.h"
#include "domain/jsontext.h"
#include "domain/tr.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client::cachesql {

Error cacheError(const QString &why)
{
    qCWarning(lcSync) << "cache error:" << why;
    return Error{u"cache_error"_s, Tr::tr("The local cache could not be written: %1").arg(why), {}};
}

Error sqlError(const QSqlQuery &query)
{
    qCWarning(lcSync) << "cache error:" << query.lastError().text() << query.lastQuery();
    return Error{u"cache_error"_s,
                 Tr::tr("The local cache could not be written: %1").arg(query.lastError().text()),
                 {}};
}

Result<void> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q);
    return {};
}

QString productColumns()
{
    return u"sku, name, category, barcode, price_minor, currency, on_hand, reserved, available, "
           "updated_at, tax_rate_bp, archived"_s;
}

ProductRecord readProduct(const QSqlQuery &q)
{
    ProductRecord p;
    p.sku = q.value(0).toString();
    p.name = q.value(1).toString();
    p.category = q.value(2).toString();
    p.barcode = q.value(3).toString();
    p.priceMinor = q.value(4).toLongLong();
    p.currency = q.value(5).toString();
    p.onHand = q.value(6).toLongLong();
    p.reserved = q.value(7).toLongLong();
    p.available = q.value(8).toLongLong();
    p.updatedAt = q.value(9).toString();
    p.taxRateBp = q.value(10).toLongLong();
    p.archived = q.value(11).toLongLong() != 0;
    return p;
}

std::optional<ProductRecord> product(const QSqlDatabase &db, const QString &sku)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + productColumns() + u" FROM products WHERE sku = ?"_s);
    q.addBindValue(sku);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readProduct(q);
}

std::optional<LocalOrder> readOrder(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LocalOrder::fromCache(
        q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toLongLong(), jsonFromText(q.value(4).toString()),
        q.value(5).isNull() ? Error{} : errorFromJson(q.value(5).toString()));
}

QString errorToJson(const Error &error)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"code"_s, error.code},
                                                       {u"message"_s, error.message},
                                                       {u"details"_s, error.details}})
                                 .toJson(QJsonDocument::Compact));
}

Error errorFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    return Error{o.value(u"code"_s).toString(), o.value(u"message"_s).toString(),
                 o.value(u"details"_s).toObject()};
}

} // namespace shopdesk::client::cachesql
