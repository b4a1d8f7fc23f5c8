#include "client/returns/returnservice.h"

#include "client/jsoncalls.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString api = u"/api/v1"_s;
constexpr int pageSize = 200;

QString returnPath(qint64 id, const QString &action = {})
{
    QString path = api + u"/returns/"_s + QString::number(id);
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

} // namespace

ReturnService::ReturnService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_calls(api)
{}

QJsonObject ReturnService::bodyOf(const ReturnDraft &draft)
{
    QJsonArray lines;
    for (const ReturnDraft::Line &line : draft.lines)
        lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
    QJsonObject body{{u"order_id"_s, draft.orderId},
                     {u"reason"_s, returns::returnReasonName(draft.reason)},
                     {u"lines"_s, lines}};
    if (draft.ticketId > 0)
        body.insert(u"ticket_id"_s, draft.ticketId);
    if (!draft.note.trimmed().isEmpty())
        body.insert(u"note"_s, draft.note.trimmed());
    if (draft.approve)
        body.insert(u"approve"_s, true);
    return body;
}

void ReturnService::list(const QString &status, ReturnsDone done)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(u"status"_s, status);
    collect(query, {}, {}, std::move(done));
}

void ReturnService::ofOrder(qint64 orderId, ReturnsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"order_id"_s, QString::number(orderId));
    collect(query, {}, {}, std::move(done));
}

void ReturnService::ofTicket(qint64 ticketId, ReturnsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"ticket_id"_s, QString::number(ticketId));
    collect(query, {}, {}, std::move(done));
}

void ReturnService::collect(const QUrlQuery &query, const QString &after,
                            QList<returns::ReturnRecord> found, ReturnsDone done)
{
    QUrlQuery page = query;
    page.addQueryItem(u"limit"_s, QString::number(pageSize));
    if (!after.isEmpty())
        page.addQueryItem(u"after"_s, after);
    QPointer<ReturnService> self(this);
    m_calls.get(api + u"/returns"_s, page,
                [self, query, found, done](const Result<QJsonObject> &answer) mutable {
                    if (!answer)
                        return done(answer.error());
                    auto items = JsonCalls::itemsOf<returns::ReturnRecord>(answer.value());
                    if (!items)
                        return done(items.error());
                    found.append(items.value());
                    const QJsonValue next = answer->value(u"next"_s);
                    const QString after =
                        next.isDouble() ? QString::number(next.toInteger()) : next.toString();
                    if (after.isEmpty() || items->isEmpty() || !self)
                        return done(found);
                    self->collect(query, after, std::move(found), std::move(done));
                });
}

void ReturnService::returnById(qint64 id, ReturnDone done)
{
    m_calls.get(returnPath(id), {}, JsonCalls::as<returns::ReturnRecord>(std::move(done)));
}

void ReturnService::start(const ReturnDraft &draft, ReturnDone done)
{
    m_calls.post(api + u"/returns"_s, bodyOf(draft),
                 JsonCalls::as<returns::ReturnRecord>(std::move(done)));
}

void ReturnService::approve(qint64 id, ReturnDone done)
{
    m_calls.post(returnPath(id, u"approve"_s), {},
                 JsonCalls::as<returns::ReturnRecord>(std::move(done)));
}

void ReturnService::reject(qint64 id, const QString &reason, ReturnDone done)
{
    m_calls.post(returnPath(id, u"reject"_s), {{u"reason"_s, reason}},
                 JsonCalls::as<returns::ReturnRecord>(std::move(done)));
}

void ReturnService::receive(qint64 id, const QList<ReceiptDraftLine> &lines, ReturnDone done)
{
    QJsonArray array;
    for (const ReceiptDraftLine &line : lines) {
        QJsonObject item{
            {u"sku"_s, line.sku}, {u"restock"_s, line.restock}, {u"write_off"_s, line.writeOff}};
        if (!line.location.isEmpty())
            item.insert(u"location"_s, line.location);
        array.append(item);
    }
    m_calls.post(returnPath(id, u"receipt"_s), {{u"lines"_s, array}},
                 JsonCalls::as<returns::ReturnRecord>(std::move(done)));
}

void ReturnService::exchange(qint64 id, const QList<ReturnDraft::Line> &replacements,
                             ReturnDone done)
{
    QJsonObject body;
    if (!replacements.isEmpty()) {
        QJsonArray lines;
        for (const ReturnDraft::Line &line : replacements)
            lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        body.insert(u"lines"_s, lines);
    }
    m_calls.post(returnPath(id, u"exchange"_s), body, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(returns::ReturnRecord::fromJson(answer->value(u"return"_s).toObject()));
    });
}

} // namespace shopdesk::client
