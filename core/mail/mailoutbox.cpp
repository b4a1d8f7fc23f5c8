#include "mail/mailoutbox.h"

#include "domain/tr.h"
#include "mail/logging.h"
#include "mail/mimewriter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

// `sentence` says what failed, with %1 for the database's own words.
Error databaseError(const QString &sentence, const QSqlError &error)
{
    const QString message = sentence.arg(error.text());
    qCWarning(lcMail).noquote() << message;
    return Error{u"database_error"_s, message, {}};
}

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

MailOutboxEntry::Status statusFromName(const QString &name)
{
    if (name == u"sent"_s)
        return MailOutboxEntry::Status::Sent;
    if (name == u"failed"_s)
        return MailOutboxEntry::Status::Failed;
    return MailOutboxEntry::Status::Pending;
}

const QString columns = u"id, kind, reference, message_id, envelope_from, recipients, subject, "
                        u"message, status, attempts, last_error, created_at, next_attempt_at, "
                        u"sent_at"_s;

MailOutboxEntry readEntry(const QSqlQuery &query)
{
    MailOutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.reference = query.value(2).toString();
    entry.messageId = query.value(3).toString();
    entry.envelopeFrom = query.value(4).toString().toUtf8();
    const auto recipients = query.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &recipient : recipients)
        entry.recipients.append(recipient.toUtf8());
    entry.subject = query.value(6).toString();
    entry.message = query.value(7).toString().toLatin1();
    entry.status = statusFromName(query.value(8).toString());
    entry.attempts = query.value(9).toInt();
    entry.lastError = query.value(10).toString();
    entry.createdAt = fromMs(query.value(11));
    entry.nextAttemptAt = fromMs(query.value(12));
    entry.sentAt = fromMs(query.value(13));
    return entry;
}

} // namespace

MailOutbox::MailOutbox(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

QSqlDatabase MailOutbox::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString MailOutbox::statusName(MailOutboxEntry::Status status)
{
    switch (status) {
    case MailOutboxEntry::Status::Pending:
        return u"pending"_s;
    case MailOutboxEntry::Status::Sent:
        return u"sent"_s;
    case MailOutboxEntry::Status::Failed:
        return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Result<qint64> MailOutbox::enqueue(MailMessage message, const QString &kind,
                                   const QString &reference) const
{
    message.ensureIdentity();
    const auto rendered = MimeWriter::write(message);
    if (!rendered)
        return rendered.error();
    QStringList recipients;
    for (const MailAddress &to : message.to())
        recipients.append(QString::fromUtf8(to.envelope()));

    const qint64 now = toMs(QDateTime::currentDateTimeUtc());
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO mail_outbox (kind, reference, message_id, envelope_from, "
                  u"recipients, subject, message, status, attempts, last_error, created_at, "
                  u"next_attempt_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, '', ?, ?) RETURNING id"_s);
    query.addBindValue(text(kind.left(64)));
    query.addBindValue(text(reference.left(200)));
    query.addBindValue(message.messageId());
    query.addBindValue(QString::fromUtf8(message.from().envelope()));
    query.addBindValue(recipients.join(u'\n'));
    query.addBindValue(text(message.subject()));
    query.addBindValue(QString::fromLatin1(*rendered));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return databaseError(Tr::tr("The mail could not be queued: %1"), query.lastError());
    const qint64 id = query.value(0).toLongLong();
    qCDebug(lcMail) << "queued mail" << id << kind << reference << message.messageId();
    return id;
}

Result<MailOutboxEntry> MailOutbox::entry(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + columns + u" FROM mail_outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(Tr::tr("The mail outbox could not be read: %1"), query.lastError());
    if (!query.next()) {
        return Result<MailOutboxEntry>::failure(
            u"not_found"_s, Tr::tr("There is no mail %1 in the outbox.").arg(id));
    }
    return readEntry(query);
}

Result<QList<MailOutboxEntry>> MailOutbox::entries(const QString &kind) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + columns + u" FROM mail_outbox"_s +
                  (kind.isEmpty() ? QString() : u" WHERE kind = ?"_s) + u" ORDER BY id"_s);
    if (!kind.isEmpty())
        query.addBindValue(kind);
    if (!query.exec())
        return databaseError(Tr::tr("The mail outbox could not be read: %1"), query.lastError());
    QList<MailOutboxEntry> result;
    while (query.next())
        result.append(readEntry(query));
    return result;
}

Result<QList<MailOutbox::Due>> MailOutbox::due(const QDateTime &now, int limit) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id, next_attempt_at FROM mail_outbox "
                  u"WHERE status = 'pending' AND next_attempt_at <= ? "
                  u"ORDER BY next_attempt_at, id LIMIT ?"_s);
    query.addBindValue(toMs(now));
    query.addBindValue(limit);
    if (!query.exec())
        return databaseError(Tr::tr("The mail outbox could not be read: %1"), query.lastError());
    QList<Due> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return result;
}

Result<std::optional<QDateTime>> MailOutbox::nextAttempt() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT MIN(next_attempt_at) FROM mail_outbox WHERE status = 'pending'"_s) ||
        !query.next()) {
        return databaseError(Tr::tr("The mail outbox could not be read: %1"), query.lastError());
    }
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(query.value(0)));
}

Result<bool> MailOutbox::claim(const Due &due, const QDateTime &leaseUntil) const
{
    // Compare-and-set on the attempt time: of two dispatchers only one changes the row.
    QSqlQuery query(database());
    query.prepare(u"UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ? "
                  u"WHERE id = ? AND status = 'pending' AND next_attempt_at = ?"_s);
    query.addBindValue(toMs(leaseUntil));
    query.addBindValue(due.id);
    query.addBindValue(due.nextAttemptMs);
    if (!query.exec())
        return databaseError(Tr::tr("The mail outbox could not be updated: %1"), query.lastError());
    return query.numRowsAffected() == 1;
}

Result<void> MailOutbox::markSent(qint64 id, const QDateTime &at) const
{
    QSqlQuery query(database());
    query.prepare(
        u"UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = '' WHERE id = ?"_s);
    query.addBindValue(toMs(at));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(Tr::tr("The mail outbox could not be updated: %1"), query.lastError());
    return {};
}

Result<void> MailOutbox::markFailed(qint64 id, const QString &error, const QDateTime &retryAt,
                                    bool giveUp) const
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE mail_outbox SET status = ?, last_error = ?, next_attempt_at = ? "
                  u"WHERE id = ?"_s);
    query.addBindValue(giveUp ? u"failed"_s : u"pending"_s);
    query.addBindValue(text(error.left(2000)));
    query.addBindValue(toMs(retryAt));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(Tr::tr("The mail outbox could not be updated: %1"), query.lastError());
    return {};
}

} // namespace shopdesk::mail
