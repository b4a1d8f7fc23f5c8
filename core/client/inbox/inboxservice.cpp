#include "client/inbox/inboxservice.h"

#include "client/apiclient.h"
#include "client/logging.h"
#include "domain/jsonfields.h"
#include "domain/tr.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString conversationsPath = u"/api/v1/inbox/conversations"_s;
// The server shows an announced answer for 20 s; announcing again after 10 s keeps it shown.
constexpr qint64 typingIntervalMs = 10'000;

QString conversationPath(qint64 id, const QString &action = {})
{
    QString path = conversationsPath + u'/' + QString::number(id);
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

// The answer's `conversation`, read as the domain's record.
Result<inbox::ConversationRecord> conversationOf(const QJsonObject &answer)
{
    if (!answer.value(u"conversation"_s).isObject()) {
        return Error{u"invalid_answer"_s, Tr::tr("The server's answer has no conversation."), {}};
    }
    return inbox::ConversationRecord::fromJson(answer.value(u"conversation"_s).toObject());
}

} // namespace

InboxService::InboxService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_calls(api)
{}

void InboxService::list(const Filter &filter, ConversationsDone done)
{
    QUrlQuery query;
    if (!filter.status.isEmpty())
        query.addQueryItem(u"status"_s, filter.status);
    if (!filter.sort.isEmpty())
        query.addQueryItem(u"sort"_s, filter.sort);
    if (!filter.assignee.isEmpty())
        query.addQueryItem(u"assignee"_s, filter.assignee);
    if (filter.customerId > 0)
        query.addQueryItem(u"customer_id"_s, QString::number(filter.customerId));
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    m_calls.collectAll<inbox::ConversationRecord>(conversationsPath, query, std::move(done));
}

void InboxService::conversation(qint64 id, ConversationDone done)
{
    m_calls.get(conversationPath(id), {},
                JsonCalls::as<inbox::ConversationRecord>(std::move(done)));
}

void InboxService::reply(qint64 id, const QString &text, qint64 seenMessageId, ReplyDone done)
{
    m_calls.post(conversationPath(id, u"reply"_s),
                 {{u"text"_s, text}, {u"seen_message_id"_s, seenMessageId}},
                 [done](const Result<QJsonObject> &answer) {
                     if (!answer)
                         return done(answer.error(), std::nullopt);
                     auto conversation = conversationOf(answer.value());
                     if (!conversation)
                         return done(conversation.error(), std::nullopt);
                     auto message = inbox::InboxMessageRecord::fromJson(
                         answer->value(u"message"_s).toObject());
                     if (!message)
                         return done(message.error(), std::nullopt);
                     done(conversation, message.value());
                 });
}

void InboxService::announceTyping(qint64 id)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime last = m_lastTyping.value(id);
    if (last.isValid() && last.msecsTo(now) < typingIntervalMs)
        return;
    m_lastTyping.insert(id, now);
    m_calls.post(conversationPath(id, u"typing"_s), {}, [id](const Result<QJsonObject> &answer) {
        if (!answer) {
            qCWarning(lcSync) << "typing in conversation" << id
                              << "not announced:" << answer.error().code << answer.error().message;
        }
    });
}

void InboxService::patch(qint64 id, const QJsonObject &body, ConversationDone done)
{
    m_calls.patch(conversationPath(id), body,
                  JsonCalls::as<inbox::ConversationRecord>(std::move(done)));
}

void InboxService::assign(qint64 id, const QString &user, ConversationDone done)
{
    patch(id, {{u"assignee"_s, user.isEmpty() ? QJsonValue() : QJsonValue(user)}}, std::move(done));
}

void InboxService::snooze(qint64 id, const QDateTime &until, ConversationDone done)
{
    patch(id, {{u"status"_s, u"snoozed"_s}, {u"snoozed_until"_s, isoTimeText(until)}},
          std::move(done));
}

void InboxService::markDone(qint64 id, ConversationDone done)
{
    patch(id, {{u"status"_s, u"done"_s}}, std::move(done));
}

void InboxService::reopen(qint64 id, ConversationDone done)
{
    patch(id, {{u"status"_s, u"open"_s}}, std::move(done));
}

void InboxService::setCustomer(qint64 id, qint64 customerId, ConversationDone done)
{
    patch(id, {{u"customer_id"_s, customerId > 0 ? QJsonValue(customerId) : QJsonValue()}},
          std::move(done));
}

void InboxService::createCustomer(qint64 id, ConversationDone done)
{
    m_calls.post(conversationPath(id, u"customer"_s), {},
                 JsonCalls::as<inbox::ConversationRecord>(std::move(done)));
}

void InboxService::openTicket(qint64 id, care::TicketKind kind, care::TicketPriority priority,
                              const QString &subject, qint64 messageId, TicketDone done)
{
    QJsonObject body{{u"kind"_s, care::ticketKindName(kind)},
                     {u"priority"_s, care::ticketPriorityName(priority)}};
    if (!subject.trimmed().isEmpty())
        body.insert(u"subject"_s, subject.trimmed());
    if (messageId > 0)
        body.insert(u"message_id"_s, messageId);
    m_calls.post(
        conversationPath(id, u"ticket"_s), body, [done](const Result<QJsonObject> &answer) {
            if (!answer)
                return done(answer.error(), std::nullopt);
            auto conversation = conversationOf(answer.value());
            if (!conversation)
                return done(conversation.error(), std::nullopt);
            auto ticket = care::TicketRecord::fromJson(answer->value(u"ticket"_s).toObject());
            if (!ticket)
                return done(ticket.error(), std::nullopt);
            done(conversation, ticket.value());
        });
}

void InboxService::linkOrder(qint64 id, qint64 orderId, ConversationDone done)
{
    m_calls.post(conversationPath(id, u"orders"_s), {{u"order_id"_s, orderId}},
                 JsonCalls::as<inbox::ConversationRecord>(std::move(done)));
}

void InboxService::attachment(qint64 id, qint64 attachmentId, BytesDone done)
{
    m_calls.getBytes(conversationPath(id, u"attachments/"_s + QString::number(attachmentId)), {},
                     std::move(done));
}

} // namespace shopdesk::client
