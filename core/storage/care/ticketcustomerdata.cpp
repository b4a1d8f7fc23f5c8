#include "storage/care/ticketcustomerdata.h"

#include "storage/shopstore.h"
#include "storage/storevalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// Rewrites every change record of the entity to the entity as it reads now.
Result<void> rewriteChanges(Database &db, const QString &entity, qint64 id,
                            const Result<QJsonObject> &now)
{
    if (!now)
        return now.error();
    return db.exec(u"UPDATE changes SET data = ? WHERE entity = ? AND entity_id = ?"_s,
                   {QString::fromUtf8(QJsonDocument(now.value()).toJson(QJsonDocument::Compact)),
                    entity, QString::number(id)});
}

} // namespace

QList<TimelineSource> TicketCustomerData::timelineSources()
{
    return {
        {u"ticket_opened"_s, u"tickets"_s,
         u"SELECT t.created_at AS at, t.id AS n, t.created_by, t.order_id, t.id, t.status, NULL, "
         "t.subject, NULL, NULL, t.kind FROM tickets t WHERE t.customer_id = ?"_s,
         1, u"ticket_kind"_s},
        // Customer messages, public replies and internal notes alike.
        {u"ticket_message"_s, u"ticket_messages"_s,
         u"SELECT m.at AS at, m.id AS n, m.author, t.order_id, t.id, NULL, m.text, t.subject, "
         "NULL, NULL, m.kind FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id "
         "WHERE t.customer_id = ?"_s,
         1, u"message_kind"_s},
        {u"ticket_status"_s, u"ticket_history"_s,
         u"SELECT h.at AS at, h.id AS n, h.user_name, t.order_id, t.id, h.status, NULL, "
         "t.subject, NULL, NULL, h.event FROM ticket_history h JOIN tickets t ON "
         "t.id = h.ticket_id WHERE t.customer_id = ? AND h.event IN ('status', 'sla_breach', "
         "'sla_escalate_qa', 'sla_escalate_managers')"_s,
         1, u"event"_s},
        // The acknowledgements and replies sent about the customer's tickets.
        {u"mail_sent"_s, u"tickets"_s,
         u"SELECT COALESCE(m.sent_at, m.created_at) AS at, m.id AS n, '', t.order_id, t.id, "
         "m.status, NULL, m.subject, NULL, NULL, m.kind FROM mail_outbox m "
         "JOIN tickets t ON m.reference = CAST(t.id AS TEXT) "
         "WHERE t.customer_id = ? AND m.kind IN ('ticket_acknowledgement', 'ticket_reply')"_s,
         1, u"mail_kind"_s},
        {u"follow_up"_s, u"follow_ups"_s,
         u"SELECT f.due_at AS at, f.id AS n, f.assignee, f.order_id, f.ticket_id, "
         "CASE WHEN f.done_at IS NULL THEN 'open' ELSE 'done' END, f.note, NULL, NULL, NULL, "
         "f.outcome FROM follow_ups f WHERE f.customer_id = ?"_s,
         1, u"outcome"_s},
    };
}

Result<void> TicketCustomerData::move(ShopStore &store, const Actor &actor, qint64 from, qint64 to)
{
    Database &db = store.database();
    auto tickets = db.ids(u"SELECT id FROM tickets WHERE customer_id = ? ORDER BY id"_s, {from});
    if (!tickets)
        return tickets.error();
    auto followUps =
        db.ids(u"SELECT id FROM follow_ups WHERE customer_id = ? ORDER BY id"_s, {from});
    if (!followUps)
        return followUps.error();
    for (const QString &table : {u"tickets"_s, u"follow_ups"_s}) {
        if (auto ok = db.exec(
                u"UPDATE "_s + table + u" SET customer_id = ? WHERE customer_id = ?"_s, {to, from});
            !ok) {
            return ok;
        }
    }
    for (const qint64 id : tickets.value()) {
        auto logged = store.changes().appendRead(actor, u"ticket"_s, QString::number(id),
                                                 u"update"_s, store.tickets().ticket(id));
        if (!logged)
            return logged.error();
    }
    for (const qint64 id : followUps.value()) {
        auto logged = store.changes().appendRead(actor, u"follow_up"_s, QString::number(id),
                                                 u"update"_s, store.followUps().followUp(id));
        if (!logged)
            return logged.error();
    }
    return {};
}

Result<QJsonArray> TicketCustomerData::exportTickets(ShopStore &store, qint64 customerId)
{
    auto tickets = store.database().ids(
        u"SELECT id FROM tickets WHERE customer_id = ? ORDER BY id"_s, {customerId});
    if (!tickets)
        return tickets.error();
    QJsonArray list;
    for (const qint64 id : tickets.value()) {
        auto ticket = store.tickets().ticket(id);
        if (!ticket)
            return ticket.error();
        list.append(ticket.value());
    }
    return list;
}

Result<QJsonArray> TicketCustomerData::exportFollowUps(ShopStore &store, qint64 customerId)
{
    auto followUps = store.database().ids(
        u"SELECT id FROM follow_ups WHERE customer_id = ? ORDER BY id"_s, {customerId});
    if (!followUps)
        return followUps.error();
    QJsonArray list;
    for (const qint64 id : followUps.value()) {
        auto followUp = store.followUps().followUp(id);
        if (!followUp)
            return followUp.error();
        list.append(followUp.value());
    }
    return list;
}

Result<void> TicketCustomerData::erase(ShopStore &store, const QList<qint64> &customerIds,
                                       const PersonalData &)
{
    Database &db = store.database();
    const QString customers = u" IN ("_s + StoreValues::placeholders(customerIds.size()) + u")"_s;
    const QVariantList values = StoreValues::values(customerIds);
    auto tickets = db.ids(u"SELECT id FROM tickets WHERE customer_id"_s + customers, values);
    if (!tickets)
        return tickets.error();
    auto followUps = db.ids(u"SELECT id FROM follow_ups WHERE customer_id"_s + customers, values);
    if (!followUps)
        return followUps.error();
    const QString ofTickets = u"SELECT id FROM tickets WHERE customer_id"_s + customers;
    for (const QString &sql :
         {u"UPDATE tickets SET subject = '' WHERE customer_id"_s + customers,
          u"UPDATE ticket_messages SET text = '' WHERE ticket_id IN ("_s + ofTickets + u")"_s,
          u"UPDATE follow_ups SET note = '', outcome = CASE WHEN outcome IS NULL THEN NULL "
          "ELSE '' END WHERE customer_id"_s +
              customers,
          u"UPDATE mail_outbox SET status = CASE WHEN status = 'pending' THEN 'failed' ELSE "
          "status END, recipients = '', subject = '', message = '' WHERE kind IN "
          "('ticket_acknowledgement', 'ticket_reply') AND reference IN (SELECT CAST(id AS TEXT) "
          "FROM tickets WHERE customer_id"_s +
              customers + u")"_s}) {
        if (auto ok = db.exec(sql, values); !ok)
            return ok;
    }
    for (const qint64 id : tickets.value()) {
        if (auto ok = rewriteChanges(db, u"ticket"_s, id, store.tickets().ticket(id)); !ok)
            return ok;
    }
    for (const qint64 id : followUps.value()) {
        if (auto ok = rewriteChanges(db, u"follow_up"_s, id, store.followUps().followUp(id)); !ok)
            return ok;
    }
    return {};
}

} // namespace shopdesk::storage
