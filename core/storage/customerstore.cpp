#include "storage/customerstore.h"

#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString customerColumns =
    u"id, name, email, phone, address, created_at, updated_at, language"_s;

QJsonObject customerFromRow(const SqlRows &q)
{
    return QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                       {u"name"_s, q.value(1).toString()},
                       {u"email"_s, q.value(2).toString()},
                       {u"phone"_s, q.value(3).toString()},
                       {u"address"_s, q.value(4).toString()},
                       {u"language"_s, q.value(7).toString()},
                       {u"created_at"_s, StoreClock::isoTime(q.value(5).toLongLong())},
                       {u"updated_at"_s, StoreClock::isoTime(q.value(6).toLongLong())}};
}

// Phone numbers are compared by their digits and a leading +, so "+49 30 1234-5" and
// "+4930 12345" are the same number.
QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    return digits;
}

// The expression of the customers_phone_digits index.
const QString phoneDigitsSql =
    u"replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), "
    "')', ''), '.', ''), '/', '')"_s;

} // namespace

CustomerStore::CustomerStore(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
{}

QList<MigrationStep> CustomerStore::migrations()
{
    return {
        {u"customers"_s,
         1,
         {
             u"CREATE TABLE customers (id %ID%, name TEXT NOT NULL, email TEXT NOT NULL, "
             "phone TEXT NOT NULL, address TEXT NOT NULL, created_at BIGINT NOT NULL, "
             "updated_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX customers_email ON customers(email)"_s,
         }},
        {u"customers"_s,
         2,
         {
             // The language a customer is written to in (BCP 47 code such as "de" or "pt-BR").
             u"ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"_s,
             // The likely-duplicate check of a new customer: same e-mail in any case, same
             // phone number however it is spaced (phoneDigitsSql).
             u"CREATE INDEX customers_email_lower ON customers (lower(email))"_s,
             u"CREATE INDEX customers_phone_digits ON customers ((replace(replace(replace("
             "replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), "
             "'/', '')))"_s,
         }},
    };
}

Result<QJsonObject> CustomerStore::customer(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + customerColumns + u" FROM customers WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no customer %1.").arg(id));
    return customerFromRow(q.value());
}

Result<QJsonObject> CustomerStore::list(const QString &query, int limit, qint64 after)
{
    KeysetQuery page(u"SELECT "_s + customerColumns + u" FROM customers"_s, u"id"_s, after);
    if (!query.isEmpty()) {
        QString condition = u"(lower(name) LIKE ? ESCAPE '\\' OR lower(email) LIKE ? ESCAPE '\\' "
                            "OR phone LIKE ? ESCAPE '\\'"_s;
        const QString pattern = StoreValues::likePattern(query);
        QVariantList values{pattern, pattern, pattern};
        // An order number ("1042" or "#1042") finds the customer of that order.
        QString number = query.trimmed();
        if (number.startsWith(u'#'))
            number = number.mid(1);
        bool isNumber = false;
        const qint64 orderId = number.toLongLong(&isNumber);
        if (isNumber && orderId > 0) {
            condition += u" OR id IN (SELECT customer_id FROM orders WHERE id = ?)"_s;
            values << orderId;
        }
        // A phone number written another way ("030 1234-5" for "030 12345").
        const QString digits = phoneDigits(query);
        if (digits.size() >= 4 && digits.size() * 2 >= query.trimmed().size()) {
            condition += u" OR "_s + phoneDigitsSql + u" LIKE ? ESCAPE '\\'"_s;
            values << StoreValues::likePattern(digits);
        }
        page.where(condition + u")"_s, values);
    }
    return page.page(m_db, limit, customerFromRow, KeysetQuery::idCursor);
}

Result<std::optional<QJsonObject>>
CustomerStore::likelyDuplicate(const QString &email, const QString &phone, qint64 exceptId)
{
    const QString digits = phoneDigits(phone);
    if (email.trimmed().isEmpty() && digits.size() < 4)
        return std::optional<QJsonObject>();
    QString sql = u"SELECT "_s + customerColumns + u" FROM customers WHERE id <> ? AND ("_s;
    QVariantList values{exceptId};
    QStringList tests;
    if (!email.trimmed().isEmpty()) {
        tests << u"lower(email) = ?"_s;
        values << email.trimmed().toLower();
    }
    if (digits.size() >= 4) {
        tests << phoneDigitsSql + u" = ?"_s;
        values << digits;
    }
    sql += tests.join(u" OR "_s) + u") ORDER BY id LIMIT 1"_s;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(customerFromRow(q.value()));
}

Result<QJsonObject> CustomerStore::create(const Actor &actor, const QJsonObject &fields,
                                          bool allowDuplicate)
{
    if (!allowDuplicate) {
        auto duplicate = likelyDuplicate(fields.value(u"email"_s).toString(),
                                         fields.value(u"phone"_s).toString(), 0);
        if (!duplicate)
            return duplicate.error();
        if (duplicate.value()) {
            const QJsonObject existing = *duplicate.value();
            return Error{u"likely_duplicate"_s,
                         Tr::tr("%1 already has this e-mail address or phone number (customer "
                                "%2). Use that record, or create a second one on purpose.")
                             .arg(existing.value(u"name"_s).toString())
                             .arg(existing.value(u"id"_s).toInteger()),
                         QJsonObject{{u"customer"_s, existing}}};
        }
    }
    const qint64 now = m_clock.now();
    const QString language = fields.value(u"language"_s).toString();
    auto id =
        m_db.scalar(u"INSERT INTO customers (name, email, phone, address, language, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {fields.value(u"name"_s).toString(), fields.value(u"email"_s).toString(),
                     fields.value(u"phone"_s).toString(), fields.value(u"address"_s).toString(),
                     language.isEmpty() ? u"en"_s : language, now, now});
    if (!id)
        return id.error();
    return m_log.appendRead(actor, u"customer"_s, id.value().toString(), u"create"_s,
                            customer(id.value().toLongLong()));
}

Result<QJsonObject> CustomerStore::update(const Actor &actor, qint64 id, const QJsonObject &fields)
{
    auto current = customer(id);
    if (!current)
        return current;
    QJsonObject merged = current.value();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    if (auto ok = m_db.exec(
            u"UPDATE customers SET name = ?, email = ?, phone = ?, address = ?, language = ?, "
            "updated_at = ? WHERE id = ?"_s,
            {merged.value(u"name"_s).toString(), merged.value(u"email"_s).toString(),
             merged.value(u"phone"_s).toString(), merged.value(u"address"_s).toString(),
             merged.value(u"language"_s).toString(), m_clock.now(), id});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"customer"_s, QString::number(id), u"update"_s, customer(id));
}

} // namespace shopdesk::storage
