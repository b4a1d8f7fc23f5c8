#include "client/care/ticketservice.h"

#include "client/jsoncalls.h"
#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString api = u"/api/v1"_s;
constexpr int pageSize = 200;

QString ticketPath(qint64 id, const QString &action = {})
{
    QString path = api + u"/tickets/"_s + QString::number(id);
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

} // namespace

TicketService::TicketService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_calls(api)
{}

QJsonObject TicketService::bodyOf(const TicketDraft &draft)
{
    QJsonObject body{{u"kind"_s, care::ticketKindName(draft.kind)},
                     {u"customer_id"_s, draft.customerId},
                     {u"subject"_s, draft.subject.trimmed()},
                     {u"channel"_s, care::ticketChannelName(draft.channel)},
                     {u"priority"_s, care::ticketPriorityName(draft.priority)}};
    if (draft.orderId > 0) {
        body.insert(u"order_id"_s, draft.orderId);
        QJsonArray lines;
        for (const care::TicketLine &line : draft.lines)
            lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        if (!lines.isEmpty())
            body.insert(u"lines"_s, lines);
    }
    if (!draft.text.trimmed().isEmpty())
        body.insert(u"text"_s, draft.text.trimmed());
    if (!draft.assignee.isEmpty())
        body.insert(u"assignee"_s, draft.assignee);
    return body;
}

QJsonObject TicketService::bodyOf(const FollowUpDraft &draft)
{
    QJsonObject body{{u"customer_id"_s, draft.customerId},
                     {u"due_at"_s, isoTimeText(draft.dueAt)},
                     {u"note"_s, draft.note.trimmed()}};
    if (draft.orderId > 0)
        body.insert(u"order_id"_s, draft.orderId);
    if (draft.ticketId > 0)
        body.insert(u"ticket_id"_s, draft.ticketId);
    if (!draft.assignee.isEmpty())
        body.insert(u"assignee"_s, draft.assignee);
    return body;
}

void TicketService::list(const QString &queue, TicketsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"queue"_s, queue);
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    m_calls.collectAll<care::TicketRecord>(api + u"/tickets"_s, query, std::move(done));
}

void TicketService::ticket(qint64 id, TicketDone done)
{
    m_calls.get(ticketPath(id), {}, JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::open(const TicketDraft &draft, TicketDone done)
{
    m_calls.post(api + u"/tickets"_s, bodyOf(draft),
                 JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::addMessage(qint64 id, care::TicketMessageKind kind, const QString &text,
                               TicketDone done)
{
    m_calls.post(ticketPath(id, u"messages"_s),
                 {{u"kind"_s, care::ticketMessageKindName(kind)}, {u"text"_s, text}},
                 JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::changeStatus(qint64 id, care::TicketStatus status, TicketDone done)
{
    m_calls.post(ticketPath(id, u"status"_s), {{u"status"_s, care::ticketStatusName(status)}},
                 JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::take(qint64 id, TicketDone done)
{
    m_calls.post(ticketPath(id, u"take"_s), {}, JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::escalate(qint64 id, const QString &reason, TicketDone done)
{
    QJsonObject body;
    if (!reason.trimmed().isEmpty())
        body.insert(u"reason"_s, reason.trimmed());
    m_calls.post(ticketPath(id, u"escalate"_s), body,
                 JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::recordQa(qint64 id, care::QaCause cause, const QString &action,
                             QaOutcome outcome, TicketDone done)
{
    m_calls.post(ticketPath(id, u"qa"_s),
                 {{u"cause"_s, care::qaCauseName(cause)},
                  {u"action"_s, action},
                  {u"outcome"_s, outcome == QaOutcome::Resolve ? u"resolve"_s : u"hand_back"_s}},
                 JsonCalls::as<care::TicketRecord>(std::move(done)));
}

void TicketService::followUps(const QString &state, const QString &assignee, FollowUpsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"state"_s, state);
    if (!assignee.isEmpty())
        query.addQueryItem(u"assignee"_s, assignee);
    m_calls.get(api + u"/follow-ups"_s, query, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(JsonCalls::itemsOf<care::FollowUpRecord>(answer.value()));
    });
}

void TicketService::scheduleFollowUp(const FollowUpDraft &draft, FollowUpDone done)
{
    m_calls.post(api + u"/follow-ups"_s, bodyOf(draft),
                 JsonCalls::as<care::FollowUpRecord>(std::move(done)));
}

void TicketService::completeFollowUp(qint64 id, const QString &outcome, FollowUpDone done)
{
    m_calls.post(api + u"/follow-ups/"_s + QString::number(id) + u"/done"_s,
                 {{u"outcome"_s, outcome}}, JsonCalls::as<care::FollowUpRecord>(std::move(done)));
}

} // namespace shopdesk::client
