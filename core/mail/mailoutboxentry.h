#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk::mail {

// One row of the mail outbox: a rendered message and where its delivery stands.
struct MailOutboxEntry
{
    enum class Status {
        Pending, // waiting for its first or next attempt
        Sent,    // accepted by the relay
        Failed   // given up after the last allowed attempt; kept for a person to look at
    };

    qint64 id = 0;
    QString kind;      // what it is about, e.g. "order_confirmation"
    QString reference; // e.g. the order id
    QString messageId;
    QByteArray envelopeFrom;
    QList<QByteArray> recipients;
    QString subject;
    QByteArray message; // RFC 5322 text as MimeWriter wrote it
    Status status = Status::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
};

} // namespace shopdesk::mail
