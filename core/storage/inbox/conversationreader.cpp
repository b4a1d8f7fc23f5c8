#include "storage/inbox/conversationreader.h"

#include "domain/tr.h"
#include "storage/storeclock.h"
#include "storage/storeerrors.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// Column 2 is the status as it reads now, bound to the reader's time.
const QString conversationColumns =
    u"c.id, c.channel, %1, c.subject, c.snoozed_until, c.assignee, c.customer_id, cu.name, "
    "c.contact_name, c.contact_email, c.contact_phone, c.conversation_key, c.posted_by, "
    "c.ticket_id, c.waiting_since, c.last_message_at, c.created_at, c.replying_user, "
    "c.replying_until FROM inbox_conversations c "
    "LEFT JOIN customers cu ON cu.id = c.customer_id"_s;

const QString messageColumns =
    u"id, conversation_id, direction, author, text, html, message_id, in_reply_to, "
    "auto_submitted, unreadable, raw_size, sent_at, at, mail_outbox_id FROM inbox_messages"_s;

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue()
                                                        : QJsonValue(value.toString());
}

QJsonValue idOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonObject messageFromRow(const SqlRows &m)
{
    return {{u"id"_s, m.value(0).toLongLong()},
            {u"conversation_id"_s, m.value(1).toLongLong()},
            {u"direction"_s, m.value(2).toString()},
            {u"author"_s, m.value(3).toString()},
            {u"text"_s, m.value(4).toString()},
            {u"html"_s, m.value(5).toString()},
            {u"message_id"_s, textOrNull(m.value(6))},
            {u"in_reply_to"_s, textOrNull(m.value(7))},
            {u"auto_submitted"_s, m.value(8).toInt() != 0},
            {u"unreadable"_s, m.value(9).toInt() != 0},
            {u"raw_size"_s, m.value(10).toLongLong()},
            {u"sent_at"_s, StoreClock::isoTimeOrNull(m.value(11))},
            {u"at"_s, StoreClock::isoTime(m.value(12).toLongLong())},
            {u"mail_outbox_id"_s, idOrNull(m.value(13))}};
}

bool parseCursor(const QString &text, qint64 &key, qint64 &id)
{
    const QStringList parts = text.split(u':');
    bool keyOk = false;
    bool idOk = false;
    if (parts.size() == 2) {
        key = parts[0].toLongLong(&keyOk);
        id = parts[1].toLongLong(&idOk);
    }
    return keyOk && idOk;
}

} // namespace

QString ConversationReader::effectiveStatusSql(const QString &column)
{
    return u"CASE WHEN %1status = 'snoozed' AND %1snoozed_until <= ? THEN 'open' "
           "ELSE %1status END"_s.arg(column);
}

QJsonObject ConversationReader::fromRow(const SqlRows &c) const
{
    const bool replying = !c.value(17).isNull() && c.value(18).toLongLong() > m_now;
    return QJsonObject{
        {u"id"_s, c.value(0).toLongLong()},
        {u"channel"_s, c.value(1).toString()},
        {u"status"_s, c.value(2).toString()},
        {u"subject"_s, c.value(3).toString()},
        {u"snoozed_until"_s, StoreClock::isoTimeOrNull(c.value(4))},
        {u"assignee"_s, textOrNull(c.value(5))},
        {u"customer_id"_s, idOrNull(c.value(6))},
        {u"customer_name"_s, textOrNull(c.value(7))},
        {u"contact"_s, QJsonObject{{u"name"_s, c.value(8).toString()},
                                   {u"email"_s, c.value(9).toString()},
                                   {u"phone"_s, c.value(10).toString()}}},
        {u"conversation_key"_s, textOrNull(c.value(11))},
        {u"posted_by"_s, textOrNull(c.value(12))},
        {u"ticket_id"_s, idOrNull(c.value(13))},
        {u"waiting_since"_s, StoreClock::isoTimeOrNull(c.value(14))},
        {u"last_message_at"_s, StoreClock::isoTime(c.value(15).toLongLong())},
        {u"created_at"_s, StoreClock::isoTime(c.value(16).toLongLong())},
        {u"replying"_s, replying ? QJsonValue(QJsonObject{
                                       {u"user"_s, c.value(17).toString()},
                                       {u"until"_s, StoreClock::isoTime(c.value(18).toLongLong())}})
                                 : QJsonValue()},
    };
}

Result<QJsonObject> ConversationReader::withLinks(QJsonObject conversation)
{
    const qint64 id = conversation.value(u"id"_s).toInteger();
    auto orders =
        m_db.ids(u"SELECT order_id FROM inbox_conversation_orders WHERE conversation_id = ? "
                 "ORDER BY order_id"_s,
                 {id});
    if (!orders)
        return orders.error();
    QJsonArray orderIds;
    for (const qint64 order : orders.value())
        orderIds.append(order);
    conversation.insert(u"order_ids"_s, orderIds);
    auto count =
        m_db.scalar(u"SELECT COUNT(*) FROM inbox_messages WHERE conversation_id = ?"_s, {id}, 0);
    if (!count)
        return count.error();
    conversation.insert(u"message_count"_s, count.value().toLongLong());
    auto last =
        m_db.scalar(u"SELECT MAX(id) FROM inbox_messages WHERE conversation_id = ?"_s, {id});
    if (!last)
        return last.error();
    if (last.value().isNull()) {
        conversation.insert(u"last_message"_s, QJsonValue());
    } else {
        auto newest = message(last.value().toLongLong());
        if (!newest)
            return newest.error();
        conversation.insert(u"last_message"_s, newest.value());
    }
    return conversation;
}

Result<QJsonArray> ConversationReader::attachments(qint64 messageId)
{
    auto q = m_db.fetch(u"SELECT id, file_name, content_type, size, sha256 FROM "
                        "inbox_attachments WHERE message_id = ? ORDER BY id"_s,
                        {messageId});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q.value().next()) {
        const SqlRows &a = q.value();
        list.append(QJsonObject{{u"id"_s, a.value(0).toLongLong()},
                                {u"file_name"_s, a.value(1).toString()},
                                {u"content_type"_s, a.value(2).toString()},
                                {u"size"_s, a.value(3).toLongLong()},
                                {u"sha256"_s, textOrNull(a.value(4))},
                                {u"kept"_s, !a.value(4).isNull()}});
    }
    return list;
}

Result<QJsonObject> ConversationReader::message(qint64 messageId)
{
    auto q = m_db.fetch(u"SELECT "_s + messageColumns + u" WHERE id = ?"_s, {messageId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no message %1.").arg(messageId));
    QJsonObject message = messageFromRow(q.value());
    auto files = attachments(messageId);
    if (!files)
        return files.error();
    message.insert(u"attachments"_s, files.value());
    return message;
}

Result<QJsonObject> ConversationReader::conversation(qint64 id, bool withMessages)
{
    auto q = m_db.fetch(u"SELECT "_s + conversationColumns.arg(effectiveStatusSql()) +
                            u" WHERE c.id = ?"_s,
                        {m_now, id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no conversation %1.").arg(id));
    auto found = withLinks(fromRow(q.value()));
    if (!found || !withMessages)
        return found;
    QJsonObject conversation = found.value();
    auto ids =
        m_db.ids(u"SELECT id FROM inbox_messages WHERE conversation_id = ? ORDER BY id"_s, {id});
    if (!ids)
        return ids.error();
    QJsonArray messages;
    for (const qint64 messageId : ids.value()) {
        auto read = message(messageId);
        if (!read)
            return read.error();
        messages.append(read.value());
    }
    conversation.insert(u"messages"_s, messages);
    return conversation;
}

Result<QJsonObject> ConversationReader::list(const Filter &filter, int limit, const QString &after)
{
    const QString key = filter.waitingFirst ? u"c.waiting_since"_s : u"c.last_message_at"_s;
    QString sql = u"SELECT "_s + conversationColumns.arg(effectiveStatusSql()) + u" WHERE 1 = 1"_s;
    QVariantList values{m_now};
    if (filter.waitingFirst)
        sql += u" AND c.waiting_since IS NOT NULL"_s;
    if (!filter.status.isEmpty()) {
        sql += u" AND "_s + effectiveStatusSql() + u" = ?"_s;
        values << m_now << filter.status;
    }
    if (!filter.assignee.isEmpty()) {
        sql += u" AND c.assignee = ?"_s;
        values << filter.assignee;
    }
    if (filter.customerId > 0) {
        sql += u" AND c.customer_id = ?"_s;
        values << filter.customerId;
    }
    if (filter.postedById > 0) {
        sql += u" AND c.posted_by_id = ?"_s;
        values << filter.postedById;
    }
    if (!after.isEmpty()) {
        qint64 cursorKey = 0;
        qint64 cursorId = 0;
        if (!parseCursor(after, cursorKey, cursorId)) {
            return Error{u"invalid_parameter"_s,
                         Tr::tr("after must be the next value of the page before."),
                         {{u"parameter"_s, u"after"_s}}};
        }
        // The longest waiting first; otherwise the newest message first.
        sql += filter.waitingFirst ? u" AND (%1 > ? OR (%1 = ? AND c.id > ?))"_s.arg(key)
                                   : u" AND (%1 < ? OR (%1 = ? AND c.id < ?))"_s.arg(key);
        values << cursorKey << cursorKey << cursorId;
    }
    sql += filter.waitingFirst ? u" ORDER BY %1, c.id"_s.arg(key)
                               : u" ORDER BY %1 DESC, c.id DESC"_s.arg(key);
    sql += u" LIMIT ?"_s;
    values << limit + 1;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    // Every row read before the next query: PostgreSQL's driver drops the rest otherwise.
    QList<QJsonObject> rows;
    QList<std::pair<qint64, qint64>> keys;
    while (q.value().next()) {
        const SqlRows &row = q.value();
        keys.append(
            {row.value(filter.waitingFirst ? 14 : 15).toLongLong(), row.value(0).toLongLong()});
        rows.append(fromRow(row));
    }
    QJsonArray items;
    for (const QJsonObject &row : std::as_const(rows)) {
        auto item = withLinks(row);
        if (!item)
            return item.error();
        items.append(item.value());
    }
    QJsonValue next;
    if (items.size() > limit) {
        items.removeLast();
        next = u"%1:%2"_s.arg(keys[limit - 1].first).arg(keys[limit - 1].second);
    }
    return QJsonObject{{u"items"_s, items}, {u"next"_s, next}};
}

Result<qint64> ConversationReader::postedById(qint64 id)
{
    auto q = m_db.fetch(u"SELECT posted_by_id FROM inbox_conversations WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no conversation %1.").arg(id));
    return q.value().value(0).toLongLong();
}

} // namespace shopdesk::storage
