#include "storage/customerstore.h"

#include "domain/tr.h"
#include "storage/care/customerrecord.h"
#include "storage/care/customerrow.h"
#include "storage/care/customersearch.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"
#include "storage/storevalues.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

CustomerStore::CustomerStore(Database &db, const StoreClock &clock, ChangeLog &log)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_search(db)
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
             // phone number however it is spaced (CustomerRow::phoneDigitsSql()).
             u"CREATE INDEX customers_email_lower ON customers (lower(email))"_s,
             u"CREATE INDEX customers_phone_digits ON customers ((replace(replace(replace("
             "replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), "
             "'/', '')))"_s,
         }},
        {u"customers"_s,
         6,
         {
             // Phones and addresses as JSON lists ([{label, number}], [{label, street,
             // postcode, city, country}]); phone and address keep the first of each.
             u"ALTER TABLE customers ADD COLUMN phones TEXT NOT NULL DEFAULT '[]'"_s,
             u"ALTER TABLE customers ADD COLUMN addresses TEXT NOT NULL DEFAULT '[]'"_s,
             u"ALTER TABLE customers ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE customers ADD COLUMN marketing_consent_at BIGINT"_s,
             u"ALTER TABLE customers ADD COLUMN notes TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE customers ADD COLUMN merged_into BIGINT"_s,
             u"ALTER TABLE customers ADD COLUMN erased INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE TABLE customer_notes (id %ID%, "
             "customer_id BIGINT NOT NULL REFERENCES customers(id), text TEXT NOT NULL, "
             "at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
             u"CREATE INDEX customer_notes_customer ON customer_notes(customer_id, id)"_s,
             // Each duplicate merged into a customer, for that customer's timeline.
             u"CREATE TABLE customer_merges (id %ID%, "
             "survivor_id BIGINT NOT NULL REFERENCES customers(id), "
             "duplicate_id BIGINT NOT NULL REFERENCES customers(id), "
             "at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
             u"CREATE INDEX customer_merges_survivor ON customer_merges(survivor_id, id)"_s,
         }},
    };
}

Result<QJsonObject> CustomerStore::customer(qint64 id)
{
    auto q =
        m_db.fetch(u"SELECT "_s + CustomerRow::columns() + u" FROM customers WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no customer %1.").arg(id));
    return CustomerRow::read(q.value());
}

Result<QJsonObject> CustomerStore::list(const QString &query, int limit, qint64 after)
{
    return m_search.page(query, limit, after);
}

Result<std::optional<QJsonObject>>
CustomerStore::likelyDuplicate(const QString &email, const QString &phone, qint64 exceptId)
{
    const QString digits = CustomerRow::phoneDigits(phone);
    if (email.trimmed().isEmpty() && digits.size() < 4)
        return std::optional<QJsonObject>();
    QString sql = u"SELECT "_s + CustomerRow::columns() +
                  u" FROM customers WHERE id <> ? AND merged_into IS NULL AND erased = 0 AND ("_s;
    QVariantList values{exceptId};
    QStringList tests;
    if (!email.trimmed().isEmpty()) {
        tests << u"lower(email) = ?"_s;
        values << email.trimmed().toLower();
    }
    if (digits.size() >= 4) {
        tests << CustomerRow::phoneDigitsSql(u"phone"_s) + u" = ?"_s;
        values << digits;
    }
    sql += tests.join(u" OR "_s) + u") ORDER BY id LIMIT 1"_s;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(CustomerRow::read(q.value()));
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
    const QJsonObject initial = CustomerRow::patched(
        QJsonObject{{u"name"_s, u""_s}, {u"email"_s, u""_s}, {u"language"_s, u""_s}}, fields, now);
    auto id =
        m_db.scalar(u"INSERT INTO customers ("_s + CustomerRow::writableColumns().join(u", "_s) +
                        u", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?) RETURNING id"_s,
                    CustomerRow::values(initial) + QVariantList{now, now});
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
    if (current.value().value(u"erased"_s).toBool()) {
        return CustomerRecord::erasedError(id);
    }
    const qint64 now = m_clock.now();
    const QJsonObject merged = CustomerRow::patched(current.value(), fields, now);
    if (auto ok = m_db.exec(u"UPDATE customers SET "_s + CustomerRow::assignments() +
                                u", updated_at = ? WHERE id = ?"_s,
                            CustomerRow::values(merged) + QVariantList{now, id});
        !ok) {
        return ok.error();
    }
    // A new address has not failed yet.
    if (merged.value(u"email"_s)
            .toString()
            .compare(current.value().value(u"email"_s).toString(), Qt::CaseInsensitive) != 0) {
        if (auto ok = m_db.exec(u"UPDATE customers SET email_failed_at = NULL, "
                                "email_failure = NULL WHERE id = ?"_s,
                                {id});
            !ok) {
            return ok.error();
        }
    }
    return m_log.appendRead(actor, u"customer"_s, QString::number(id), u"update"_s, customer(id));
}

} // namespace shopdesk::storage
