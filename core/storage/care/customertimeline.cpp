#include "storage/care/customertimeline.h"

#include "domain/tr.h"
#include "storage/care/customerrecord.h"
#include "storage/care/ticketcustomerdata.h"
#include "storage/inbox/inboxcustomerdata.h"
#include "storage/mailoutboxtable.h"
#include "storage/returns/returnstore.h"
#include "storage/storeclock.h"
#include "storage/storevalues.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QList<TimelineSource> CustomerTimeline::sources()
{
    return QList<TimelineSource>{
               {u"order_created"_s, u"orders"_s,
                u"SELECT o.created_at AS at, o.id AS n, o.created_by, o.id, NULL, o.status, NULL, "
                "NULL, o.total_minor, o.currency, o.channel FROM orders o WHERE o.customer_id = ?"_s,
                1, u"channel"_s},
               // Every status after the first: the first is the order being created.
               {u"order_status"_s, u"order_history"_s,
                u"SELECT h.at AS at, h.id AS n, h.user_name, h.order_id, NULL, h.status, NULL, "
                u"NULL, "
                "NULL, NULL, NULL FROM order_history h JOIN orders o ON o.id = h.order_id "
                "WHERE o.customer_id = ? AND h.id > (SELECT MIN(f.id) FROM order_history f "
                "WHERE f.order_id = h.order_id)"_s,
                1, QString()},
               // The mails sent for the customer's orders (confirmations, payment links, shipping
               // notices, payment reminders).
               {u"mail_sent"_s, u"mail_outbox"_s,
                u"SELECT COALESCE(m.sent_at, m.created_at) AS at, m.id AS n, '', o.id, NULL, "
                "m.status, NULL, m.subject, NULL, NULL, m.kind FROM mail_outbox m "
                "JOIN orders o ON m.reference = CAST(o.id AS TEXT) "
                "WHERE o.customer_id = ? AND m.kind IN "_s +
                    MailOutboxTable::orderMailKinds(),
                1, u"mail_kind"_s},
               {u"note"_s, u"customer_notes"_s,
                u"SELECT n.at AS at, n.id AS n, n.user_name, NULL, NULL, NULL, n.text, NULL, NULL, "
                "NULL, NULL FROM customer_notes n WHERE n.customer_id = ?"_s,
                1, QString()},
               {u"merged"_s, u"customer_merges"_s,
                u"SELECT g.at AS at, g.id AS n, g.user_name, NULL, NULL, NULL, NULL, NULL, NULL, "
                u"NULL, "
                "g.duplicate_id FROM customer_merges g WHERE g.survivor_id = ?"_s,
                1, u"merged_customer_id"_s},
           } +
           TicketCustomerData::timelineSources() + ReturnStore::timelineSources() +
           InboxCustomerData::timelineSources();
}

bool CustomerTimeline::parseCursor(const QString &text, Cursor &cursor)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3)
        return false;
    bool atOk = false;
    bool nOk = false;
    cursor.at = parts[0].toLongLong(&atOk);
    cursor.kind = parts[1];
    cursor.n = parts[2].toLongLong(&nOk);
    return atOk && nOk && !cursor.kind.isEmpty();
}

Result<QList<CustomerTimeline::Entry>> CustomerTimeline::read(const TimelineSource &source,
                                                              qint64 customerId, int rows,
                                                              const std::optional<Cursor> &before)
{
    // Within one `at`, items go by kind, then n, both descending: a source whose kind sorts
    // before the cursor's still has all its items at that time to show, one after it none.
    qint64 at = std::numeric_limits<qint64>::max();
    qint64 n = std::numeric_limits<qint64>::max();
    if (before) {
        at = before->at;
        if (source.kind == before->kind)
            n = before->n;
        else if (source.kind > before->kind)
            n = std::numeric_limits<qint64>::min();
    }
    QVariantList values;
    for (int i = 0; i < source.customerParams; ++i)
        values << customerId;
    values << at << at << n << rows;
    auto q = m_db.fetch(u"SELECT * FROM ("_s + source.select +
                            u") t WHERE (t.at < ? OR (t.at = ? AND t.n < ?)) "
                            "ORDER BY t.at DESC, t.n DESC LIMIT ?"_s,
                        values);
    if (!q)
        return q.error();
    QList<Entry> entries;
    SqlRows &r = q.value();
    while (r.next()) {
        Entry entry{{r.value(0).toLongLong(), source.kind, r.value(1).toLongLong()}, {}};
        QJsonObject item{{u"id"_s, u"%1:%2"_s.arg(source.kind).arg(entry.key.n)},
                         {u"kind"_s, source.kind},
                         {u"at"_s, StoreClock::isoTime(entry.key.at)},
                         {u"user"_s, r.value(2).toString()}};
        const auto optional = [&r, &item](int column, const QString &key, bool number) {
            const QVariant value = r.value(column);
            if (!value.isNull())
                item.insert(key,
                            number ? QJsonValue(value.toLongLong()) : QJsonValue(value.toString()));
        };
        optional(3, u"order_id"_s, true);
        optional(4, u"ticket_id"_s, true);
        optional(5, u"status"_s, false);
        optional(6, u"text"_s, false);
        optional(7, u"subject"_s, false);
        if (!r.value(8).isNull())
            item.insert(u"total"_s,
                        StoreValues::money(r.value(8).toLongLong(), r.value(9).toString()));
        if (!source.detailKey.isEmpty() && !r.value(10).isNull())
            item.insert(source.detailKey, QJsonValue::fromVariant(r.value(10)));
        entry.item = item;
        entries.append(entry);
    }
    return entries;
}

Result<QJsonObject> CustomerTimeline::page(qint64 customerId, int limit, const QString &before)
{
    std::optional<Cursor> cursor;
    if (!before.isEmpty()) {
        Cursor parsed;
        if (!parseCursor(before, parsed)) {
            return Error{u"invalid_parameter"_s,
                         Tr::tr("\"before\" must be the \"next\" of an earlier page."),
                         QJsonObject{{u"parameter"_s, u"before"_s}}};
        }
        cursor = parsed;
    }
    if (auto state = CustomerRecord::state(m_db, customerId, false); !state)
        return state.error();
    QList<Entry> entries;
    for (const TimelineSource &source : sources()) {
        if (!source.table.isEmpty() && !m_tables.has(source.table))
            continue;
        auto read = this->read(source, customerId, limit + 1, cursor);
        if (!read)
            return read.error();
        entries.append(read.value());
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.key.at != b.key.at)
            return a.key.at > b.key.at;
        if (a.key.kind != b.key.kind)
            return a.key.kind > b.key.kind;
        return a.key.n > b.key.n;
    });
    QJsonArray items;
    QJsonValue next(QJsonValue::Null);
    for (qsizetype i = 0; i < entries.size() && i < limit; ++i)
        items.append(entries[i].item);
    if (entries.size() > limit) {
        const Cursor &last = entries[limit - 1].key;
        next = u"%1:%2:%3"_s.arg(last.at).arg(last.kind).arg(last.n);
    }
    return QJsonObject{{u"items"_s, items}, {u"next"_s, next}};
}

} // namespace shopdesk::storage
