#include "storage/care/customerexport.h"

#include "storage/care/customernotes.h"
#include "storage/care/schematables.h"
#include "storage/care/ticketcustomerdata.h"
#include "storage/inbox/inboxcustomerdata.h"
#include "storage/mailoutboxtable.h"
#include "storage/shopstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

Result<QJsonArray> notes(ShopStore &store, qint64 customerId)
{
    auto q = store.database().fetch(u"SELECT id, customer_id, text, at, user_name FROM "
                                    "customer_notes WHERE customer_id = ? ORDER BY id"_s,
                                    {customerId});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q.value().next())
        list.append(CustomerNotes::fromRow(q.value()));
    return list;
}

Result<QJsonArray> orders(ShopStore &store, qint64 customerId)
{
    auto q = store.database().fetch(u"SELECT id FROM orders WHERE customer_id = ? ORDER BY id"_s,
                                    {customerId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    QJsonArray list;
    for (const qint64 id : ids) {
        auto order = store.orders().order(id);
        if (!order)
            return order.error();
        list.append(order.value());
    }
    return list;
}

Result<QJsonArray> mails(ShopStore &store, qint64 customerId)
{
    auto q = store.database().fetch(
        u"SELECT m.id, m.kind, o.id, m.subject, m.status, m.created_at, m.sent_at "
        "FROM mail_outbox m JOIN orders o ON m.reference = CAST(o.id AS TEXT) "
        "WHERE o.customer_id = ? AND m.kind IN "_s +
            MailOutboxTable::orderMailKinds() + u" ORDER BY m.id"_s,
        {customerId});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q.value().next()) {
        const SqlRows &r = q.value();
        list.append(QJsonObject{{u"id"_s, r.value(0).toLongLong()},
                                {u"kind"_s, r.value(1).toString()},
                                {u"order_id"_s, r.value(2).toLongLong()},
                                {u"subject"_s, r.value(3).toString()},
                                {u"status"_s, r.value(4).toString()},
                                {u"created_at"_s, StoreClock::isoTime(r.value(5).toLongLong())},
                                {u"sent_at"_s, StoreClock::isoTimeOrNull(r.value(6))}});
    }
    return list;
}

QByteArray csvField(const QString &text)
{
    QString field = text;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u"\""_s + field + u"\""_s;
    }
    return field.toUtf8();
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return value.toString();
    }
}

void flatten(const QJsonValue &value, const QString &path, const QString &section,
             const QString &item, QByteArray &out)
{
    const auto row = [&](const QString &field, const QString &text) {
        out += csvField(section) + ',' + csvField(item) + ',' + csvField(field) + ',' +
               csvField(text) + "\r\n";
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), section, item,
                    out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), path + u'.' + QString::number(i), section, item, out);
    } else {
        row(path, valueText(value));
    }
}

} // namespace

QList<CustomerExport::Section> CustomerExport::sections()
{
    return {{u"notes"_s, u"customer_notes"_s, notes},
            {u"orders"_s, u"orders"_s, orders},
            {u"mails"_s, u"mail_outbox"_s, mails},
            {u"tickets"_s, u"tickets"_s, TicketCustomerData::exportTickets},
            {u"follow_ups"_s, u"follow_ups"_s, TicketCustomerData::exportFollowUps},
            {u"conversations"_s, u"inbox_conversations"_s, InboxCustomerData::exportConversations}};
}

Result<QJsonObject> CustomerExport::json(qint64 customerId)
{
    auto customer = m_store.customers().customer(customerId);
    if (!customer)
        return customer;
    QJsonObject exported{{u"customer_id"_s, customerId},
                         {u"exported_at"_s, StoreClock::isoTime(m_store.clock().now())},
                         {u"customer"_s, customer.value()}};
    SchemaTables tables(m_store.database());
    for (const Section &section : sections()) {
        if (!tables.has(section.table))
            continue;
        auto list = section.read(m_store, customerId);
        if (!list)
            return list.error();
        exported.insert(section.name, list.value());
    }
    return exported;
}

QByteArray CustomerExport::csv(const QJsonObject &exported)
{
    QByteArray out = "section,item,field,value\r\n";
    flatten(exported.value(u"customer"_s), QString(), u"customer"_s, QString(), out);
    for (const Section &section : sections()) {
        const QJsonArray items = exported.value(section.name).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            flatten(items.at(i), QString(), section.name, QString::number(i), out);
    }
    return out;
}

} // namespace shopdesk::storage
