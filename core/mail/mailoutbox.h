#pragma once

#include "domain/result.h"
#include "mail/mailmessage.h"
#include "mail/mailoutboxentry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace shopdesk::mail {

// The persistent queue of outgoing mail in the server's database (table mail_outbox, made by
// the server's migrations: storage::MailOutboxTable), on SQLite or PostgreSQL.
//
// A message is rendered once when it is queued, so every retry sends the same bytes with
// the same Message-ID. enqueue() writes in the caller's current transaction: an order and
// its confirmation mail commit together or not at all, and queuing never waits for a mail
// server. MailDispatcher delivers what is queued.
//
// Each method uses the named connection from the thread that owns it, as QtSql requires.
class MailOutbox
{
public:
    explicit MailOutbox(QString connectionName);

    // Renders and stores a message for delivery as soon as possible; returns its row id.
    // Starts no transaction of its own: run it inside the caller's.
    Result<qint64> enqueue(MailMessage message, const QString &kind = {},
                           const QString &reference = {}) const;

    Result<MailOutboxEntry> entry(qint64 id) const;
    // Rows by id, oldest first; all of them when kind is empty.
    Result<QList<MailOutboxEntry>> entries(const QString &kind = {}) const;

    // --- used by MailDispatcher ---

    struct Due
    {
        qint64 id = 0;
        qint64 nextAttemptMs = 0;
    };
    // Pending rows whose next attempt is due at `now`, earliest first.
    Result<QList<Due>> due(const QDateTime &now, int limit) const;
    // The earliest next attempt of any pending row.
    Result<std::optional<QDateTime>> nextAttempt() const;
    // Takes a due row for one attempt: counts the attempt and hides the row until
    // `leaseUntil`, so that another dispatcher on the same database leaves it alone and a
    // crash mid-send only delays it. False when someone else took it first.
    Result<bool> claim(const Due &due, const QDateTime &leaseUntil) const;
    Result<void> markSent(qint64 id, const QDateTime &at) const;
    // Records a failed attempt; the row is tried again at `retryAt`, or marked failed.
    Result<void> markFailed(qint64 id, const QString &error, const QDateTime &retryAt,
                            bool giveUp) const;

    static QString statusName(MailOutboxEntry::Status status);

private:
    QSqlDatabase database() const;

    QString m_connectionName;
};

} // namespace shopdesk::mail
