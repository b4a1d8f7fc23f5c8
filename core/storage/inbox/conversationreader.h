#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::storage {

// Reads conversations as the API carries them: one with its messages (GET
// /inbox/conversations/{id}), or pages of them with their newest message (the lists and the
// change records). A snooze whose time has passed reads as open.
class ConversationReader
{
public:
    ConversationReader(Database &db, qint64 now)
        : m_db(db)
        , m_now(now)
    {}

    struct Filter
    {
        QString status; // open, snoozed, done; empty: all
        QString assignee;
        qint64 customerId = 0;
        qint64 postedById = 0;     // the shop's own chats
        bool waitingFirst = false; // sort=waiting: only waiting ones, the longest waiting first
    };

    // The conversation with its newest message; with every message when withMessages.
    Result<QJsonObject> conversation(qint64 id, bool withMessages);
    // One message as the API carries it.
    Result<QJsonObject> message(qint64 messageId);
    // {items, next}; after is the `next` of the page before, empty for the first.
    Result<QJsonObject> list(const Filter &filter, int limit, const QString &after);
    // The shop user that posted a chat (0 for e-mail); not_found for an unknown conversation.
    Result<qint64> postedById(qint64 id);

    // The status as it reads at now ("snoozed" becomes "open" once its time has passed).
    static QString effectiveStatusSql(const QString &column = QStringLiteral("c."));

private:
    // The conversation's own columns; withLinks() adds its orders and newest message.
    QJsonObject fromRow(const SqlRows &row) const;
    Result<QJsonObject> withLinks(QJsonObject conversation);
    Result<QJsonArray> attachments(qint64 messageId);

    Database &m_db;
    qint64 m_now;
};

} // namespace shopdesk::storage
