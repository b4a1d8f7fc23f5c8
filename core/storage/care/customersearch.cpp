#include "storage/care/customersearch.h"

#include "storage/care/customerrow.h"
#include "storage/keysetquery.h"
#include "storage/storeclock.h"
#include "storage/storevalues.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

QJsonObject resultFromRow(const SqlRows &q)
{
    QJsonObject customer = CustomerRow::read(q);
    const QJsonArray addresses = customer.value(u"addresses"_s).toArray();
    customer.insert(u"city"_s, addresses.isEmpty()
                                   ? QString()
                                   : addresses.first().toObject().value(u"city"_s).toString());
    const int last = CustomerRow::columnCount();
    QJsonValue lastOrder(QJsonValue::Null);
    if (!q.value(last).isNull()) {
        lastOrder = QJsonObject{{u"id"_s, q.value(last).toLongLong()},
                                {u"at"_s, StoreClock::isoTime(q.value(last + 1).toLongLong())},
                                {u"status"_s, q.value(last + 2).toString()}};
    }
    customer.insert(u"last_order"_s, lastOrder);
    return customer;
}

qint64 orderNumber(const QString &query)
{
    QString number = query.trimmed();
    if (number.startsWith(u'#'))
        number = number.mid(1);
    bool isNumber = false;
    const qint64 id = number.toLongLong(&isNumber);
    return isNumber && id > 0 ? id : 0;
}

} // namespace

qint64 CustomerSearch::ticketNumber(const QString &query)
{
    static const QRegularExpression pattern(u"^#?[Tt]-?([0-9]{1,15})$"_s);
    const auto match = pattern.match(query.trimmed());
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

Result<QJsonObject> CustomerSearch::page(const QString &query, int limit, qint64 after)
{
    // The newest order of each customer rides along, found by the orders_customer index.
    KeysetQuery page(u"SELECT "_s + CustomerRow::columns(u"c."_s) +
                         u", lo.id, lo.created_at, lo.status FROM customers c "
                         "LEFT JOIN orders lo ON lo.id = (SELECT MAX(o.id) FROM orders o "
                         "WHERE o.customer_id = c.id)"_s,
                     u"c.id"_s, after);
    page.where(u"c.merged_into IS NULL AND c.erased = 0"_s);
    if (!query.isEmpty()) {
        QString condition =
            u"(lower(c.name) LIKE ? ESCAPE '\\' OR lower(c.email) LIKE ? ESCAPE '\\' "
            "OR c.phone LIKE ? ESCAPE '\\'"_s;
        const QString pattern = StoreValues::likePattern(query);
        QVariantList values{pattern, pattern, pattern};
        if (const qint64 orderId = orderNumber(query); orderId > 0) {
            condition += u" OR c.id IN (SELECT customer_id FROM orders WHERE id = ?)"_s;
            values << orderId;
        }
        const qint64 ticketId = ticketNumber(query);
        if (ticketId > 0 && m_tables.has(u"tickets"_s)) {
            condition += u" OR c.id IN (SELECT customer_id FROM tickets WHERE id = ?)"_s;
            values << ticketId;
        }
        // A phone number written another way ("030 1234-5" for "030 12345"), in any of the
        // customer's phones.
        const QString digits = CustomerRow::phoneDigits(query);
        if (digits.size() >= 4 && digits.size() * 2 >= query.trimmed().size()) {
            const QString digitsPattern = StoreValues::likePattern(digits);
            condition += u" OR "_s + CustomerRow::phoneDigitsSql(u"c.phone"_s) +
                         u" LIKE ? ESCAPE '\\' OR "_s + CustomerRow::phoneDigitsSql(u"c.phones"_s) +
                         u" LIKE ? ESCAPE '\\'"_s;
            values << digitsPattern << digitsPattern;
        }
        page.where(condition + u")"_s, values);
    }
    return page.page(m_db, limit, resultFromRow, KeysetQuery::idCursor);
}

} // namespace shopdesk::storage
