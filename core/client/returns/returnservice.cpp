#include "client/returns/returnservice.h"

#include "client/apiclient.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString api = u"/api/v1"_s;
constexpr int pageSize = 200;

Error gone()
{
    return Error{u"no_session"_s, Tr::tr("Not signed in."), {}};
}

QString returnPath(qint64 id, const QString &action = {})
{
    QString path = api + u"/returns/"_s + QString::number(id);
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

std::function<void(const Result<QJsonObject> &)> asReturn(ReturnService::ReturnDone done)
{
    return [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(returns::ReturnRecord::fromJson(answer.value()));
    };
}

Result<QList<returns::ReturnRecord>> itemsOf(const QJsonObject &page)
{
    const QJsonValue items = page.value(u"items"_s);
    if (!items.isArray())
        return Error{u"invalid_answer"_s, Tr::tr("The server's answer has no list."), {}};
    QList<returns::ReturnRecord> out;
    for (const QJsonValue &value : items.toArray()) {
        auto item = returns::ReturnRecord::fromJson(value.toObject());
        if (!item)
            return item.error();
        out.append(item.value());
    }
    return out;
}

} // namespace

ReturnService::ReturnService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
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

void ReturnService::fetch(const QString &path, const QUrlQuery &query, Answer done)
{
    if (!m_api)
        return done(gone());
    m_api->get(path, query, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

void ReturnService::post(const QString &path, const QJsonObject &body, Answer done)
{
    if (!m_api)
        return done(gone());
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys.keyFor("POST", path, bytes);
    QPointer<ReturnService> self(this);
    m_api->send("POST", path, bytes, key, [self, path, bytes, done](const ApiReply &reply) {
        if (self)
            self->m_keys.answered("POST", path, bytes, reply);
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
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

void ReturnService::collect(const QUrlQuery &query, const QString &after,
                            QList<returns::ReturnRecord> found, ReturnsDone done)
{
    QUrlQuery page = query;
    page.addQueryItem(u"limit"_s, QString::number(pageSize));
    if (!after.isEmpty())
        page.addQueryItem(u"after"_s, after);
    QPointer<ReturnService> self(this);
    fetch(api + u"/returns"_s, page,
          [self, query, found, done](const Result<QJsonObject> &answer) mutable {
              if (!answer)
                  return done(answer.error());
              auto items = itemsOf(answer.value());
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
    fetch(returnPath(id), {}, asReturn(std::move(done)));
}

void ReturnService::start(const ReturnDraft &draft, ReturnDone done)
{
    post(api + u"/returns"_s, bodyOf(draft), asReturn(std::move(done)));
}

void ReturnService::approve(qint64 id, ReturnDone done)
{
    post(returnPath(id, u"approve"_s), {}, asReturn(std::move(done)));
}

void ReturnService::reject(qint64 id, const QString &reason, ReturnDone done)
{
    post(returnPath(id, u"reject"_s), {{u"reason"_s, reason}}, asReturn(std::move(done)));
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
    post(returnPath(id, u"receipt"_s), {{u"lines"_s, array}}, asReturn(std::move(done)));
}

void ReturnService::exchange(qint64 id, ReturnDone done)
{
    post(returnPath(id, u"exchange"_s), {}, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(returns::ReturnRecord::fromJson(answer->value(u"return"_s).toObject()));
    });
}

} // namespace shopdesk::client
