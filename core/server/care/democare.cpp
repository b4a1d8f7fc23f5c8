#include "server/care/democare.h"

#include "domain/tr.h"
#include "server/demotime.h"
#include "storage/shopstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

using demotime::day;
using demotime::hour;
using demotime::minute;

struct Story
{
    const char16_t *kind;
    const char16_t *priority;
    const char16_t *subject;
    const char16_t *message;
    const char16_t *reply;
    const char16_t *cause; // what QA finds when it goes that far
};

// What customers write to a shop like this one, in the words staff would log.
const QList<Story> &stories()
{
    static const QList<Story> list = {
        {u"complaint", u"high", u"Arrived broken",
         u"The parcel was crushed and the item inside is broken.",
         u"We are sorry about that. A replacement is on its way today; "
         "please keep the broken one until the courier collects it.",
         u"packing"},
        {u"return_request", u"normal", u"Wrong size, want to return",
         u"It does not fit. How do I send it back?",
         u"Of course: the return label is attached. Once it is back with "
         "us we refund you within three days.",
         u"other"},
        {u"payment_problem", u"urgent", u"Charged twice",
         u"My card statement shows this order twice.",
         u"You are right, the payment went through twice. The second "
         "charge is refunded; you will see it in two to three days.",
         u"payment"},
        {u"delivery_problem", u"high", u"Parcel has not arrived",
         u"Tracking says delivered, but nothing is here.",
         u"We have opened an investigation with the courier and will "
         "update you by tomorrow.",
         u"courier"},
        {u"refund_request", u"normal", u"Refund not received",
         u"I sent the item back two weeks ago.",
         u"The return arrived yesterday and the refund has been issued.", u"stock_error"},
        {u"question", u"low", u"Is it dishwasher safe?", u"Can this go in the dishwasher?",
         u"Yes, up to 55 °C on the top rack.", u"other"},
        {u"complaint", u"normal", u"Different colour than shown",
         u"The colour looks nothing like the photo.",
         u"Thank you for the photo. We will exchange it for free and "
         "have corrected the product page.",
         u"product_quality"},
    };
    return list;
}

QString text(const char16_t *source)
{
    return QString::fromUtf16(source);
}

} // namespace

DemoCare::DemoCare(storage::ShopStore &store, QRandomGenerator &random,
                   const QHash<QString, storage::Actor> &actors)
    : m_store(store)
    , m_random(random)
    , m_actors(actors)
{}

Result<int> DemoCare::fill(qint64 end, int days, int ticketsPerDay)
{
    // Orders that reached their customers lately are what tickets are about.
    auto orders = m_store.database().fetch(
        u"SELECT id, customer_id, created_at FROM orders WHERE status IN ('shipped', "
        "'delivered', 'paid') AND created_at >= ? ORDER BY id"_s,
        {end - qint64(days + 7) * day});
    if (!orders)
        return orders.error();
    QList<std::tuple<qint64, qint64, qint64>> candidates;
    while (orders.value().next()) {
        candidates.append({orders.value().value(0).toLongLong(),
                           orders.value().value(1).toLongLong(),
                           orders.value().value(2).toLongLong()});
    }
    if (candidates.isEmpty())
        return 0;
    int made = 0;
    for (int d = days; d >= 0; --d) {
        const qint64 dayStart = end - qint64(d) * day;
        for (int i = 0; i < ticketsPerDay; ++i) {
            const auto &[orderId, customerId, orderedAt] =
                candidates[m_random.bounded(candidates.size())];
            const qint64 at = qMax(orderedAt + 2 * day, dayStart + 8 * hour +
                                                            qint64(m_random.bounded(10)) * hour +
                                                            qint64(m_random.bounded(60)) * minute);
            if (at >= end)
                continue;
            const Story &story = stories()[m_random.bounded(stories().size())];
            storage::TicketInput input;
            input.kind = text(story.kind);
            input.priority = text(story.priority);
            input.channel =
                QStringList{u"email"_s, u"phone"_s, u"chat"_s, u"web"_s}[m_random.bounded(4)];
            input.subject = text(story.subject);
            input.text = text(story.message);
            input.customerId = customerId;
            input.orderId = input.kind == u"question"_s ? 0 : orderId;
            m_store.clock().set(at);
            const storage::Actor &opener =
                input.channel == u"web"_s ? m_actors[u"shop"_s] : m_actors[u"agent"_s];
            auto ticket = m_store.tickets().create(opener, input);
            if (!ticket)
                return ticket.error();
            ++made;
            const qint64 id = ticket.value().value(u"id"_s).toInteger();
            if (auto ok = workTicket(id, at, end, text(story.reply), text(story.cause)); !ok)
                return ok.error();
            // A courtesy call a few days on, for some of the serious ones.
            if (input.priority != u"low"_s && m_random.bounded(4) == 0) {
                if (auto ok = addFollowUp(customerId, id, at + 3 * day); !ok)
                    return ok.error();
            }
        }
    }
    m_store.clock().set(0);
    return made;
}

Result<void> DemoCare::workTicket(qint64 ticketId, qint64 openedAt, qint64 end,
                                  const QString &reply, const QString &cause)
{
    const storage::Actor &agent = m_actors[u"agent"_s];
    const storage::Actor &qa = m_actors[u"qa"_s];
    // Most are answered within hours; a few sit until someone notices.
    qint64 at = openedAt + 20 * minute + qint64(m_random.bounded(6 * 60)) * minute;
    if (at >= end)
        return {}; // still new: it waits in the queue now
    m_store.clock().set(at);
    if (auto ok = m_store.tickets().take(agent, ticketId); !ok)
        return ok.error();
    if (auto ok = m_store.tickets().addMessage(agent, ticketId, u"public"_s, reply); !ok) {
        return ok.error();
    }
    const int fate = int(m_random.bounded(100));
    at += hour + qint64(m_random.bounded(48)) * hour;
    if (at >= end)
        return {}; // answered, still open
    m_store.clock().set(at);
    if (fate < 12) {
        // Third time this happened: quality assurance looks into it.
        if (auto ok = m_store.tickets().escalate(agent, ticketId,
                                                 Tr::tr("This keeps happening: please look "
                                                        "into the cause."));
            !ok) {
            return ok.error();
        }
        at += 2 * hour + qint64(m_random.bounded(24)) * hour;
        if (at >= end)
            return {};
        m_store.clock().set(at);
        auto settled = m_store.tickets().recordQa(
            qa, ticketId, cause,
            Tr::tr("Cause found and fixed with the team; the customer was told."), u"resolve"_s);
        if (!settled)
            return settled.error();
        return {};
    }
    if (fate < 25) {
        if (auto ok = m_store.tickets().setStatus(agent, ticketId, u"waiting_on_customer"_s); !ok)
            return ok.error();
        return {};
    }
    if (auto ok = m_store.tickets().setStatus(agent, ticketId, u"resolved"_s); !ok)
        return ok.error();
    at += 3 * day;
    if (at >= end)
        return {};
    m_store.clock().set(at);
    if (auto ok = m_store.tickets().setStatus(agent, ticketId, u"closed"_s); !ok)
        return ok.error();
    return {};
}

Result<void> DemoCare::addFollowUp(qint64 customerId, qint64 ticketId, qint64 dueAt)
{
    storage::FollowUpStore::Input input;
    input.customerId = customerId;
    input.ticketId = ticketId;
    input.assignee = m_actors[u"agent"_s].username;
    input.dueAt = dueAt;
    input.note = Tr::tr("Courtesy call: ask whether everything is all right now.");
    auto made = m_store.followUps().create(m_actors[u"agent"_s], input);
    if (!made)
        return made.error();
    return {};
}

} // namespace shopdesk::server
