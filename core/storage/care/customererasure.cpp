#include "storage/care/customererasure.h"

#include "storage/care/customernotes.h"
#include "storage/care/customerrecord.h"
#include "storage/care/schematables.h"
#include "storage/care/ticketcustomerdata.h"
#include "storage/inbox/inboxcustomerdata.h"
#include "storage/mailoutboxtable.h"
#include "storage/returns/returnstore.h"
#include "storage/shopstore.h"
#include "storage/storevalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// "(lower(column) LIKE ? ESCAPE '\' OR ...)" with its values, for the rows that may hold
// personal data.
QString likeAny(const QString &column, const PersonalData &data, QVariantList &values)
{
    QStringList tests;
    for (const QString &needle : data.needles()) {
        tests << u"lower(%1) LIKE ? ESCAPE '\\'"_s.arg(column);
        values << StoreValues::likePattern(needle);
    }
    return tests.isEmpty() ? u"1 = 0"_s : u"("_s + tests.join(u" OR "_s) + u")"_s;
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Rewrites the JSON texts of a table's rows that hold personal data.
Result<void> scrubJsonColumn(Database &db, const QString &table, const QString &key,
                             const QString &column, const PersonalData &data)
{
    QVariantList values;
    auto q = db.fetch(u"SELECT %1, %2 FROM %3 WHERE "_s.arg(key, column, table) +
                          likeAny(column, data, values),
                      values);
    if (!q)
        return q.error();
    QList<std::pair<QVariant, QString>> changed;
    while (q.value().next()) {
        const QString text = q.value().value(1).toString();
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        const QString scrubbed =
            document.isNull()
                ? data.scrub(text)
                : compact(data.scrub(document.isArray() ? QJsonValue(document.array())
                                                        : QJsonValue(document.object())));
        if (scrubbed != text)
            changed.append({q.value().value(0), scrubbed});
    }
    for (const auto &[rowKey, text] : changed) {
        if (auto ok = db.exec(u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(table, column, key),
                              {text, rowKey});
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> eraseOrderNotes(ShopStore &store, const QList<qint64> &ids, const PersonalData &data)
{
    Database &db = store.database();
    auto q = db.fetch(u"SELECT id, notes FROM orders WHERE customer_id IN ("_s +
                          StoreValues::placeholders(ids.size()) + u")"_s,
                      StoreValues::values(ids));
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> changed;
    while (q.value().next()) {
        const QString notes = q.value().value(1).toString();
        if (data.foundIn(notes))
            changed.append({q.value().value(0).toLongLong(), data.scrub(notes)});
    }
    for (const auto &[id, notes] : changed) {
        if (auto ok = db.exec(u"UPDATE orders SET notes = ? WHERE id = ?"_s, {notes, id}); !ok)
            return ok;
    }
    return {};
}

Result<void> eraseNotes(ShopStore &store, const QList<qint64> &ids, const PersonalData &)
{
    Database &db = store.database();
    const QString in = u" IN ("_s + StoreValues::placeholders(ids.size()) + u")"_s;
    if (auto ok = db.exec(u"UPDATE customer_notes SET text = '' WHERE customer_id"_s + in,
                          StoreValues::values(ids));
        !ok) {
        return ok;
    }
    // The notes' change records read as the notes do now.
    auto q = db.fetch(u"SELECT id, customer_id, text, at, user_name FROM customer_notes "
                      "WHERE customer_id"_s +
                          in,
                      StoreValues::values(ids));
    if (!q)
        return q.error();
    QList<QJsonObject> notes;
    while (q.value().next())
        notes << CustomerNotes::fromRow(q.value());
    for (const QJsonObject &note : notes) {
        if (auto ok = db.exec(u"UPDATE changes SET data = ? WHERE entity = 'customer_note' "
                              "AND entity_id = ?"_s,
                              {compact(note), QString::number(note.value(u"id"_s).toInteger())});
            !ok) {
            return ok;
        }
    }
    return {};
}

// The mails to the customer: sent ones keep only that they were sent, pending ones are
// not sent at all.
Result<void> eraseMails(ShopStore &store, const QList<qint64> &ids, const PersonalData &data)
{
    QVariantList values = StoreValues::values(ids);
    const QString condition = u"(kind IN "_s + MailOutboxTable::orderMailKinds() +
                              u" AND reference IN (SELECT CAST(id AS "
                              "TEXT) FROM orders WHERE customer_id IN ("_s +
                              StoreValues::placeholders(ids.size()) + u"))) OR "_s +
                              likeAny(u"recipients"_s, data, values);
    Database &db = store.database();
    if (auto ok = db.exec(u"UPDATE mail_outbox SET status = 'failed', "
                          "last_error = 'erased on request' WHERE status = 'pending' AND ("_s +
                              condition + u")"_s,
                          values);
        !ok) {
        return ok;
    }
    return db.exec(u"UPDATE mail_outbox SET recipients = '', subject = '', message = '' WHERE "_s +
                       condition,
                   values);
}

Result<void> eraseChanges(ShopStore &store, const QList<qint64> &ids, const PersonalData &data)
{
    Database &db = store.database();
    for (const qint64 id : ids) {
        auto customer = store.customers().customer(id);
        if (!customer)
            return customer.error();
        if (auto ok = db.exec(u"UPDATE changes SET data = ? WHERE entity = 'customer' AND "
                              "entity_id = ?"_s,
                              {compact(customer.value()), QString::number(id)});
            !ok) {
            return ok;
        }
    }
    return scrubJsonColumn(db, u"changes"_s, u"seq"_s, u"data"_s, data);
}

// A stored answer and its request's fingerprint (method, path and body) may both hold them.
// A retry of an erased request then no longer matches its key, which is as it should be.
Result<void> eraseStoredAnswers(ShopStore &store, const QList<qint64> &, const PersonalData &data)
{
    Database &db = store.database();
    QVariantList values;
    const QString inBody = likeAny(u"body"_s, data, values);
    const QString inFingerprint = likeAny(u"fingerprint"_s, data, values);
    auto q = db.fetch(u"SELECT user_id, idem_key, body, fingerprint FROM idempotency WHERE "_s +
                          inBody + u" OR "_s + inFingerprint,
                      values);
    if (!q)
        return q.error();
    QList<std::tuple<qint64, QString, QString, QString>> changed;
    while (q.value().next()) {
        const QString body = q.value().value(2).toString();
        const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8());
        const QString scrubbed = document.isObject()
                                     ? compact(data.scrub(QJsonValue(document.object())))
                                     : data.scrub(body);
        changed.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), scrubbed,
                        data.scrub(q.value().value(3).toString())});
    }
    for (const auto &[user, key, body, fingerprint] : changed) {
        if (auto ok = db.exec(u"UPDATE idempotency SET body = ?, fingerprint = ? "
                              "WHERE user_id = ? AND idem_key = ?"_s,
                              {body, fingerprint, user, key});
            !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace

QList<CustomerErasure::Hook> CustomerErasure::hooks()
{
    return {{u"orders"_s, eraseOrderNotes},
            {u"customer_notes"_s, eraseNotes},
            {u"mail_outbox"_s, eraseMails},
            {u"tickets"_s, TicketCustomerData::erase},
            {u"order_returns"_s, ReturnStore::eraseCustomerData},
            {u"inbox_conversations"_s, InboxCustomerData::erase},
            {u"changes"_s, eraseChanges},
            {u"idempotency"_s, eraseStoredAnswers}};
}

Result<QList<qint64>> CustomerErasure::withMergedDuplicates(qint64 id)
{
    QList<qint64> all{id};
    QList<qint64> latest{id};
    while (!latest.isEmpty()) {
        auto q = m_store.database().fetch(u"SELECT id FROM customers WHERE merged_into IN ("_s +
                                              StoreValues::placeholders(latest.size()) +
                                              u") ORDER BY id"_s,
                                          StoreValues::values(latest));
        if (!q)
            return q.error();
        latest.clear();
        while (q.value().next()) {
            const qint64 duplicate = q.value().value(0).toLongLong();
            if (!all.contains(duplicate))
                latest << duplicate;
        }
        all << latest;
    }
    return all;
}

Result<QJsonObject> CustomerErasure::erase(const Actor &actor, qint64 id)
{
    auto state = CustomerRecord::state(m_store.database(), id, true);
    if (!state)
        return state.error();
    if (state.value().erased)
        return CustomerRecord::erasedError(id);
    auto ids = withMergedDuplicates(id);
    if (!ids)
        return ids.error();
    PersonalData data;
    for (const qint64 customerId : ids.value()) {
        auto customer = m_store.customers().customer(customerId);
        if (!customer)
            return customer;
        data.add(customer.value());
    }
    const qint64 now = m_store.clock().now();
    for (const qint64 customerId : ids.value()) {
        if (auto ok = m_store.database().exec(
                u"UPDATE customers SET name = ?, email = '', phone = '', address = '', "
                "phones = '[]', addresses = '[]', notes = '', marketing_consent = 0, "
                "marketing_consent_at = NULL, email_failed_at = NULL, email_failure = NULL, "
                "erased = 1, updated_at = ? WHERE id = ?"_s,
                {u"Erased customer %1"_s.arg(customerId), now, customerId});
            !ok) {
            return ok.error();
        }
    }
    SchemaTables tables(m_store.database());
    for (const Hook &hook : hooks()) {
        if (!tables.has(hook.table))
            continue;
        if (auto ok = hook.erase(m_store, ids.value(), data); !ok)
            return ok.error();
    }
    for (const qint64 customerId : ids.value()) {
        if (customerId == id)
            continue;
        auto logged =
            m_store.changes().appendRead(actor, u"customer"_s, QString::number(customerId),
                                         u"update"_s, m_store.customers().customer(customerId));
        if (!logged)
            return logged;
    }
    return m_store.changes().appendRead(actor, u"customer"_s, QString::number(id), u"update"_s,
                                        m_store.customers().customer(id));
}

} // namespace shopdesk::storage
