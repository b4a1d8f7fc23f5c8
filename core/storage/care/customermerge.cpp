#include "storage/care/customermerge.h"

#include "domain/tr.h"
#include "storage/care/customernotes.h"
#include "storage/care/customerrecord.h"
#include "storage/care/customerrow.h"
#include "storage/care/schematables.h"
#include "storage/care/ticketcustomerdata.h"
#include "storage/inbox/inboxcustomerdata.h"
#include "storage/returns/creditledger.h"
#include "storage/shopstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

Result<void> moveOrders(ShopStore &store, const Actor &actor, qint64 from, qint64 to)
{
    Database &db = store.database();
    auto orders = db.ids(u"SELECT id FROM orders WHERE customer_id = ? ORDER BY id"_s, {from});
    if (!orders)
        return orders.error();
    if (auto ok = db.exec(u"UPDATE orders SET customer_id = ? WHERE customer_id = ?"_s, {to, from});
        !ok) {
        return ok;
    }
    for (const qint64 id : orders.value()) {
        auto logged = store.changes().appendRead(actor, u"order"_s, QString::number(id),
                                                 u"update"_s, store.orders().order(id));
        if (!logged)
            return logged.error();
    }
    return {};
}

Result<void> moveNotes(ShopStore &store, const Actor &actor, qint64 from, qint64 to)
{
    Database &db = store.database();
    auto notes =
        db.ids(u"SELECT id FROM customer_notes WHERE customer_id = ? ORDER BY id"_s, {from});
    if (!notes)
        return notes.error();
    if (auto ok = db.exec(u"UPDATE customer_notes SET customer_id = ? WHERE customer_id = ?"_s,
                          {to, from});
        !ok) {
        return ok;
    }
    CustomerNotes reader(db, store.clock(), store.changes());
    for (const qint64 id : notes.value()) {
        auto logged = store.changes().appendRead(actor, u"customer_note"_s, QString::number(id),
                                                 u"update"_s, reader.note(id));
        if (!logged)
            return logged.error();
    }
    return {};
}

// The survivor owns the credit afterwards; both rows are locked by checkPair.
Result<void> moveCredit(ShopStore &store, const Actor &actor, qint64 from, qint64 to)
{
    return CreditLedger(store.database(), store.clock()).transfer(actor, from, to);
}

// The entries of both lists, the survivor's first, each once, at most max.
QJsonArray joined(const QJsonArray &first, const QJsonArray &second,
                  const std::function<QString(const QJsonObject &)> &key, int max)
{
    QJsonArray all;
    QStringList keys;
    for (const QJsonArray &list : {first, second}) {
        for (const QJsonValue &entry : list) {
            const QString k = key(entry.toObject());
            if (keys.contains(k) || all.size() >= max)
                continue;
            keys << k;
            all.append(entry);
        }
    }
    return all;
}

} // namespace

QList<CustomerMerge::Hook> CustomerMerge::hooks()
{
    return {{u"orders"_s, moveOrders},
            {u"customer_notes"_s, moveNotes},
            {u"tickets"_s, TicketCustomerData::move},
            {u"inbox_conversations"_s, InboxCustomerData::move},
            {u"customer_credit"_s, moveCredit}};
}

Result<void> CustomerMerge::checkPair(qint64 survivorId, qint64 duplicateId)
{
    if (survivorId == duplicateId) {
        return Error{u"merge_with_itself"_s, Tr::tr("A customer cannot be merged with itself."),
                     QJsonObject{{u"duplicate_id"_s, duplicateId}}};
    }
    // Both rows locked in id order, so two merges of one pair wait for each other.
    CustomerRecord::State survivor;
    CustomerRecord::State duplicate;
    for (const qint64 id : {qMin(survivorId, duplicateId), qMax(survivorId, duplicateId)}) {
        auto state = CustomerRecord::state(m_store.database(), id, true);
        if (!state && id == duplicateId && state.error().code == u"not_found"_s) {
            return Error{u"unknown_customer"_s, Tr::tr("There is no customer %1.").arg(id),
                         QJsonObject{{u"duplicate_id"_s, id}}};
        }
        if (!state)
            return state.error();
        (id == survivorId ? survivor : duplicate) = state.value();
    }
    for (const auto &[id, state] :
         {std::pair(survivorId, survivor), std::pair(duplicateId, duplicate)}) {
        if (state.mergedInto > 0 || state.erased) {
            return Error{u"already_merged"_s,
                         state.erased
                             ? Tr::tr("Customer %1 was erased and cannot be merged.").arg(id)
                             : Tr::tr("Customer %1 was already merged into customer %2.")
                                   .arg(id)
                                   .arg(state.mergedInto),
                         QJsonObject{{u"customer_id"_s, id},
                                     {u"merged_into"_s, state.mergedInto > 0
                                                            ? QJsonValue(state.mergedInto)
                                                            : QJsonValue(QJsonValue::Null)}}};
        }
    }
    return {};
}

QJsonObject CustomerMerge::filledFields(const QJsonObject &survivor, const QJsonObject &duplicate)
{
    QJsonObject fields;
    for (const QString &key : {u"email"_s, u"notes"_s}) {
        if (survivor.value(key).toString().isEmpty() && !duplicate.value(key).toString().isEmpty())
            fields.insert(key, duplicate.value(key));
    }
    const QJsonArray phones = joined(
        survivor.value(u"phones"_s).toArray(), duplicate.value(u"phones"_s).toArray(),
        [](const QJsonObject &phone) {
            return CustomerRow::phoneDigits(phone.value(u"number"_s).toString());
        },
        10);
    if (phones != survivor.value(u"phones"_s).toArray())
        fields.insert(u"phones"_s, phones);
    const QJsonArray addresses = joined(
        survivor.value(u"addresses"_s).toArray(), duplicate.value(u"addresses"_s).toArray(),
        [](const QJsonObject &address) {
            QStringList parts;
            for (const QString &key : {u"street"_s, u"postcode"_s, u"city"_s, u"country"_s})
                parts << address.value(key).toString().simplified().toLower();
            return parts.join(u'|');
        },
        10);
    if (addresses != survivor.value(u"addresses"_s).toArray()) {
        fields.insert(u"addresses"_s, addresses);
        // The survivor's own first address stays as it was written.
        if (!survivor.value(u"address"_s).toString().isEmpty())
            fields.insert(u"address_text"_s, survivor.value(u"address"_s));
    }
    return fields;
}

Result<QJsonObject> CustomerMerge::merge(const Actor &actor, qint64 survivorId, qint64 duplicateId)
{
    if (auto ok = checkPair(survivorId, duplicateId); !ok)
        return ok.error();
    Database &db = m_store.database();
    auto survivor = m_store.customers().customer(survivorId);
    auto duplicate = m_store.customers().customer(duplicateId);
    if (!survivor)
        return survivor;
    if (!duplicate)
        return duplicate;
    SchemaTables tables(db);
    for (const Hook &hook : hooks()) {
        if (!tables.has(hook.table))
            continue;
        if (auto ok = hook.move(m_store, actor, duplicateId, survivorId); !ok)
            return ok.error();
    }
    const qint64 now = m_store.clock().now();
    QJsonObject fields = filledFields(survivor.value(), duplicate.value());
    const QJsonValue addressText = fields.take(u"address_text"_s);
    QJsonObject merged = CustomerRow::patched(survivor.value(), fields, now);
    if (!addressText.isUndefined())
        merged.insert(u"address"_s, addressText);
    if (auto ok = db.exec(u"UPDATE customers SET "_s + CustomerRow::assignments() +
                              u", updated_at = ? WHERE id = ?"_s,
                          CustomerRow::values(merged) + QVariantList{now, survivorId});
        !ok) {
        return ok.error();
    }
    if (auto ok = db.exec(u"UPDATE customers SET merged_into = ?, updated_at = ? WHERE id = ?"_s,
                          {survivorId, now, duplicateId});
        !ok) {
        return ok.error();
    }
    if (auto ok = db.exec(u"INSERT INTO customer_merges (survivor_id, duplicate_id, at, "
                          "user_name) VALUES (?, ?, ?, ?)"_s,
                          {survivorId, duplicateId, now, actor.username});
        !ok) {
        return ok.error();
    }
    auto logged =
        m_store.changes().appendRead(actor, u"customer"_s, QString::number(duplicateId),
                                     u"update"_s, m_store.customers().customer(duplicateId));
    if (!logged)
        return logged;
    return m_store.changes().appendRead(actor, u"customer"_s, QString::number(survivorId),
                                        u"update"_s, m_store.customers().customer(survivorId));
}

} // namespace shopdesk::storage
