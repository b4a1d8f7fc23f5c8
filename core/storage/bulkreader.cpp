#include "storage/bulkreader.h"

#include "storage/care/customerrow.h"
#include "storage/keysetquery.h"
#include "storage/shopstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

void appendNumber(QByteArray &out, qint64 value)
{
    out += QByteArray::number(value);
}

void appendTwo(QByteArray &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

QString marks(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

} // namespace

const char *BulkReader::columns(const QString &entity)
{
    if (entity == u"products"_s) {
        return R"(["sku","name","price.amount_minor","price.currency","category","barcode",)"
               R"("description","created_at","updated_at","stock.on_hand","stock.reserved",)"
               R"("stock.available","tax_rate_bp","archived","archived_at","minimum_stock"])";
    }
    if (entity == u"customers"_s)
        return R"(["id","name","email","phone","address","language","created_at","updated_at",)"
               R"("phones","addresses","marketing_consent","marketing_consent_at","notes",)"
               R"("merged_into","erased","email_failed_at","email_failure"])";
    if (entity == u"movements"_s)
        return R"(["id","sku","kind","quantity","location","reason","order_id","user","at"])";
    return nullptr;
}

void BulkReader::appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void BulkReader::appendIsoTime(QByteArray &out, qint64 msecs)
{
    // Days to a civil date (proleptic Gregorian), as in H. Hinnant's date algorithms.
    qint64 seconds = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) { // outside the four-digit form: the slow, general path
        appendJsonString(out, StoreClock::isoTime(msecs));
        return;
    }
    out += '"';
    out += QByteArray::number(year);
    out += '-';
    appendTwo(out, month);
    out += '-';
    appendTwo(out, day);
    out += 'T';
    appendTwo(out, int(secondOfDay / 3600));
    out += ':';
    appendTwo(out, int(secondOfDay / 60 % 60));
    out += ':';
    appendTwo(out, int(secondOfDay % 60));
    out += "Z\"";
}

Result<BulkReader::Page> BulkReader::products(const QString &after, int limit)
{
    auto q = KeysetQuery(u"SELECT p.sku, p.name, p.price_minor, p.currency, p.category, "
                         "p.barcode, p.description, p.created_at, p.updated_at, s.on_hand, "
                         "s.reserved, p.tax_rate_bp, p.archived, p.archived_at, "
                         "(SELECT m.minimum FROM stock_minimums m WHERE m.sku = p.sku "
                         "AND m.location = 'main') FROM products p JOIN stock s ON s.sku = p.sku"_s,
                         u"p.sku"_s, after)
                 .fetch(m_db, limit);
    if (!q)
        return q.error();
    Page page;
    page.items.reserve(limit * 300);
    page.items += '[';
    SqlRows &r = q.value();
    while (r.next()) {
        const QString sku = r.value(0).toString();
        const QString currency = r.value(3).toString();
        const qint64 onHand = r.value(9).toLongLong();
        const qint64 reserved = r.value(10).toLongLong();
        QByteArray &o = page.items;
        if (page.count++ > 0)
            o += ',';
        o += '[';
        appendJsonString(o, sku);
        appendJsonString(o += ',', r.value(1).toString());
        appendNumber(o += ',', r.value(2).toLongLong());
        appendJsonString(o += ',', currency);
        appendJsonString(o += ',', r.value(4).toString());
        appendJsonString(o += ',', r.value(5).toString());
        appendJsonString(o += ',', r.value(6).toString());
        appendIsoTime(o += ',', r.value(7).toLongLong());
        appendIsoTime(o += ',', r.value(8).toLongLong());
        appendNumber(o += ',', onHand);
        appendNumber(o += ',', reserved);
        appendNumber(o += ',', onHand - reserved);
        appendNumber(o += ',', r.value(11).toLongLong());
        const bool archived = r.value(12).toLongLong() != 0;
        o += archived ? ",true" : ",false";
        if (archived)
            appendIsoTime(o += ',', r.value(13).toLongLong());
        else
            o += ",null";
        if (r.value(14).isNull())
            o += ",null";
        else
            appendNumber(o += ',', r.value(14).toLongLong());
        o += ']';
        page.last = sku;
    }
    page.items += ']';
    return page;
}

Result<BulkReader::Page> BulkReader::customers(qint64 after, int limit)
{
    auto q =
        KeysetQuery(u"SELECT "_s + CustomerRow::columns() + u" FROM customers"_s, u"id"_s, after)
            .fetch(m_db, limit);
    if (!q)
        return q.error();
    Page page;
    page.items.reserve(limit * 200);
    page.items += '[';
    SqlRows &r = q.value();
    qint64 id = 0;
    while (r.next()) {
        QByteArray &o = page.items;
        if (page.count++ > 0)
            o += ',';
        id = r.value(0).toLongLong();
        o += '[';
        appendNumber(o, id);
        appendJsonString(o += ',', r.value(1).toString());
        appendJsonString(o += ',', r.value(2).toString());
        appendJsonString(o += ',', r.value(3).toString());
        appendJsonString(o += ',', r.value(4).toString());
        appendJsonString(o += ',', r.value(7).toString());
        appendIsoTime(o += ',', r.value(5).toLongLong());
        appendIsoTime(o += ',', r.value(6).toLongLong());
        // The profile's lists and flags as GET /customers/{id} has them.
        const QJsonObject customer = CustomerRow::read(r);
        for (const QString &key : {u"phones"_s, u"addresses"_s})
            o += ',' + QJsonDocument(customer.value(key).toArray()).toJson(QJsonDocument::Compact);
        o += customer.value(u"marketing_consent"_s).toBool() ? ",true" : ",false";
        o += ',';
        if (r.value(11).isNull())
            o += "null";
        else
            appendIsoTime(o, r.value(11).toLongLong());
        appendJsonString(o += ',', r.value(12).toString());
        o += ',';
        if (r.value(13).isNull())
            o += "null";
        else
            appendNumber(o, r.value(13).toLongLong());
        o += r.value(14).toLongLong() != 0 ? ",true" : ",false";
        // A bounce's mark, as the profile reads it.
        for (const QString &key : {u"email_failed_at"_s, u"email_failure"_s}) {
            const QJsonValue value = customer.value(key);
            if (value.isString())
                appendJsonString(o += ',', value.toString());
            else
                o += ",null";
        }
        o += ']';
    }
    page.items += ']';
    if (page.count > 0)
        page.last = QString::number(id);
    return page;
}

Result<BulkReader::Page> BulkReader::movements(qint64 after, int limit)
{
    auto q = KeysetQuery(u"SELECT id, sku, kind, quantity, location, reason, order_id, "
                         "user_name, at FROM movements"_s,
                         u"id"_s, after)
                 .fetch(m_db, limit);
    if (!q)
        return q.error();
    Page page;
    page.items.reserve(limit * 170);
    page.items += '[';
    SqlRows &r = q.value();
    qint64 id = 0;
    while (r.next()) {
        QByteArray &o = page.items;
        if (page.count++ > 0)
            o += ',';
        id = r.value(0).toLongLong();
        o += '[';
        appendNumber(o, id);
        appendJsonString(o += ',', r.value(1).toString());
        appendJsonString(o += ',', r.value(2).toString());
        appendNumber(o += ',', r.value(3).toLongLong());
        appendJsonString(o += ',', r.value(4).toString());
        appendJsonString(o += ',', r.value(5).toString());
        const QVariant orderId = r.value(6);
        if (orderId.isNull())
            o += ",null";
        else
            appendNumber(o += ',', orderId.toLongLong());
        appendJsonString(o += ',', r.value(7).toString());
        appendIsoTime(o += ',', r.value(8).toLongLong());
        o += ']';
    }
    page.items += ']';
    if (page.count > 0)
        page.last = QString::number(id);
    return page;
}

Result<BulkReader::Page> BulkReader::orders(qint64 after, int limit, qint64 onlyCreatedBy)
{
    KeysetQuery query(u"SELECT id FROM orders"_s, u"id"_s, after);
    if (onlyCreatedBy > 0)
        query.where(u"created_by_id = ?"_s, {onlyCreatedBy});
    auto q = query.fetch(m_db, limit);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    Page page;
    page.items += '[';
    for (qint64 id : std::as_const(ids)) {
        auto order = m_store.orders().order(id);
        if (!order) {
            if (order.error().code == u"not_found"_s)
                continue;
            return order.error();
        }
        if (page.count++ > 0)
            page.items += ',';
        page.items += QJsonDocument(order.value()).toJson(QJsonDocument::Compact);
        page.last = QString::number(id);
    }
    page.items += ']';
    return page;
}

Result<QJsonArray> BulkReader::changes(qint64 since, int limit, const ChangeScope &scope,
                                       qint64 *next)
{
    QString sql = u"SELECT seq, entity, entity_id, op, data, at, user_name FROM changes "
                  "WHERE seq > ?"_s;
    QVariantList values{since};
    if (!scope.only.isEmpty() || scope.ordersOf > 0 || scope.chatsOf > 0) {
        QStringList either;
        if (!scope.only.isEmpty()) {
            either << u"entity IN ("_s + marks(scope.only.size()) + u")"_s;
            for (const QString &entity : scope.only)
                values << entity;
        }
        if (scope.ordersOf > 0) {
            either << u"(entity = 'order' AND entity_id IN (SELECT CAST(id AS TEXT) FROM orders "
                      "WHERE created_by_id = ?))"_s;
            values << scope.ordersOf;
        }
        if (scope.chatsOf > 0) {
            either << u"(entity = 'conversation' AND entity_id IN (SELECT CAST(id AS TEXT) "
                      "FROM inbox_conversations WHERE posted_by_id = ?))"_s;
            values << scope.chatsOf;
        }
        sql += u" AND ("_s + either.join(u" OR "_s) + u")"_s;
    }
    if (!scope.excluded.isEmpty()) {
        sql += u" AND entity NOT IN ("_s + marks(scope.excluded.size()) + u")"_s;
        for (const QString &entity : scope.excluded)
            values << entity;
    }
    sql += u" ORDER BY seq LIMIT ?"_s;
    values << limit;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    QJsonArray list;
    qint64 last = since;
    while (q.value().next()) {
        const SqlRows &r = q.value();
        last = r.value(0).toLongLong();
        list.append(ChangeLog::fromRow(r));
    }
    // As API.md has it: the last seq returned, or since when none.
    *next = last;
    return list;
}

} // namespace shopdesk::storage
