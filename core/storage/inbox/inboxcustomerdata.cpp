#include "storage/inbox/inboxcustomerdata.h"

#include "storage/inbox/inboxstore.h"
#include "storage/shopstore.h"
#include "storage/storevalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QList<TimelineSource> InboxCustomerData::timelineSources()
{
    return {
        {u"inbox_message"_s, u"inbox_messages"_s,
         u"SELECT m.at AS at, m.id AS n, m.author, NULL, c.ticket_id, m.direction, m.text, "
         "c.subject, NULL, NULL, c.channel FROM inbox_messages m JOIN inbox_conversations c "
         "ON c.id = m.conversation_id WHERE c.customer_id = ?"_s,
         1, u"channel"_s},
        {u"mail_sent"_s, u"inbox_conversations"_s,
         u"SELECT COALESCE(m.sent_at, m.created_at) AS at, m.id AS n, '', NULL, c.ticket_id, "
         "m.status, NULL, m.subject, NULL, NULL, m.kind FROM mail_outbox m "
         "JOIN inbox_conversations c ON m.reference = CAST(c.id AS TEXT) "
         "WHERE c.customer_id = ? AND m.kind = 'inbox_reply'"_s,
         1, u"mail_kind"_s},
    };
}

Result<void> InboxCustomerData::move(ShopStore &store, const Actor &actor, qint64 from, qint64 to)
{
    Database &db = store.database();
    auto ids =
        db.ids(u"SELECT id FROM inbox_conversations WHERE customer_id = ? ORDER BY id"_s, {from});
    if (!ids)
        return ids.error();
    if (auto ok = db.exec(u"UPDATE inbox_conversations SET customer_id = ? WHERE customer_id = ?"_s,
                          {to, from});
        !ok) {
        return ok;
    }
    InboxStore inbox(store);
    for (const qint64 id : ids.value()) {
        auto logged =
            store.changes().appendRead(actor, u"conversation"_s, QString::number(id), u"update"_s,
                                       inbox.reader().conversation(id, false));
        if (!logged)
            return logged.error();
    }
    return {};
}

Result<QJsonArray> InboxCustomerData::exportConversations(ShopStore &store, qint64 customerId)
{
    auto ids = store.database().ids(
        u"SELECT id FROM inbox_conversations WHERE customer_id = ? ORDER BY id"_s, {customerId});
    if (!ids)
        return ids.error();
    InboxStore inbox(store);
    QJsonArray list;
    for (const qint64 id : ids.value()) {
        auto conversation = inbox.reader().conversation(id, true);
        if (!conversation)
            return conversation.error();
        list.append(conversation.value());
    }
    return list;
}

Result<void> InboxCustomerData::erase(ShopStore &store, const QList<qint64> &customerIds,
                                      const PersonalData &)
{
    Database &db = store.database();
    const QString ofCustomers = u"SELECT id FROM inbox_conversations WHERE customer_id IN ("_s +
                                StoreValues::placeholders(customerIds.size()) + u")"_s;
    const QVariantList values = StoreValues::values(customerIds);
    auto ids = db.ids(ofCustomers, values);
    if (!ids)
        return ids.error();
    const QString ofMessages =
        u"SELECT id FROM inbox_messages WHERE conversation_id IN ("_s + ofCustomers + u")"_s;
    for (const QString &sql : {
             u"UPDATE inbox_attachments SET file_name = '', sha256 = NULL WHERE message_id IN ("_s +
                 ofMessages + u")"_s,
             u"UPDATE inbox_messages SET author = CASE WHEN direction = 'in' THEN '' ELSE author "
             "END, text = '', html = '' WHERE conversation_id IN ("_s +
                 ofCustomers + u")"_s,
             u"UPDATE inbox_conversations SET subject = '', contact_name = '', "
             "contact_email = '', contact_phone = '' WHERE id IN ("_s +
                 ofCustomers + u")"_s,
             u"UPDATE mail_outbox SET status = CASE WHEN status = 'pending' THEN 'failed' ELSE "
             "status END, recipients = '', subject = '', message = '' WHERE kind = 'inbox_reply' "
             "AND reference IN (SELECT CAST(id AS TEXT) FROM ("_s +
                 ofCustomers + u") erased)"_s,
         }) {
        if (auto ok = db.exec(sql, values); !ok)
            return ok;
    }
    // Files no message links to any more go with them.
    if (auto ok = db.exec(u"DELETE FROM inbox_attachment_data WHERE sha256 NOT IN (SELECT "
                          "sha256 FROM inbox_attachments WHERE sha256 IS NOT NULL)"_s);
        !ok) {
        return ok;
    }
    InboxStore inbox(store);
    for (const qint64 id : ids.value()) {
        auto now = inbox.reader().conversation(id, false);
        if (!now)
            return now.error();
        if (auto ok = db.exec(
                u"UPDATE changes SET data = ? WHERE entity = 'conversation' AND entity_id = ?"_s,
                {QString::fromUtf8(QJsonDocument(now.value()).toJson(QJsonDocument::Compact)),
                 QString::number(id)});
            !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace shopdesk::storage
