#include "storage/inbox/mailboxstate.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

MailboxState::MailboxState(Database &db, const StoreClock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<MigrationStep> MailboxState::migrations()
{
    return {{u"mailbox_state"_s,
             12,
             {
                 // One row a mailbox ("user@host:port/INBOX"); UIDs are 32-bit unsigned.
                 u"CREATE TABLE mailbox_state (mailbox TEXT PRIMARY KEY, "
                 "uid_validity BIGINT NOT NULL, last_uid BIGINT NOT NULL, "
                 "updated_at BIGINT NOT NULL)"_s,
                 // Keys are global: a message that reaches two mailboxes, or comes again
                 // under a new UIDVALIDITY, is still taken once.
                 u"CREATE TABLE mailbox_messages (message_key TEXT PRIMARY KEY, "
                 "mailbox TEXT NOT NULL, uid_validity BIGINT NOT NULL, uid BIGINT NOT NULL, "
                 "kind TEXT NOT NULL, raw_size BIGINT NOT NULL, taken_at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX mailbox_messages_mailbox ON mailbox_messages(mailbox, taken_at)"_s,
                 // A bounce marks the customer's address as failing until it is changed.
                 u"ALTER TABLE customers ADD COLUMN email_failed_at BIGINT"_s,
                 u"ALTER TABLE customers ADD COLUMN email_failure TEXT"_s,
             }}};
}

Result<MailboxState::Position> MailboxState::position(const QString &mailbox)
{
    auto q = m_db.fetch(u"SELECT uid_validity, last_uid FROM mailbox_state WHERE mailbox = ?"_s,
                        {mailbox});
    if (!q)
        return q.error();
    Position position;
    if (q.value().next()) {
        position.known = true;
        position.uidValidity = quint32(q.value().value(0).toLongLong());
        position.lastUid = quint32(q.value().value(1).toLongLong());
    }
    return position;
}

Result<bool> MailboxState::restart(const QString &mailbox, const Position &from,
                                   quint32 uidValidity)
{
    const qint64 now = m_clock.now();
    auto q = from.known
                 ? m_db.fetch(u"UPDATE mailbox_state SET uid_validity = ?, last_uid = 0, "
                              "updated_at = ? WHERE mailbox = ? AND uid_validity = ? AND "
                              "last_uid = ?"_s,
                              {qint64(uidValidity), now, mailbox, qint64(from.uidValidity),
                               qint64(from.lastUid)})
                 : m_db.fetch(u"INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, "
                              "updated_at) VALUES (?, ?, 0, ?) ON CONFLICT (mailbox) DO NOTHING"_s,
                              {mailbox, qint64(uidValidity), now});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<bool> MailboxState::advance(const QString &mailbox, const Position &from, quint32 uid)
{
    // On PostgreSQL a second server's UPDATE waits for the first one's commit, then finds
    // last_uid moved and changes nothing.
    auto q = m_db.fetch(
        u"UPDATE mailbox_state SET last_uid = ?, updated_at = ? WHERE "
        "mailbox = ? AND uid_validity = ? AND last_uid = ?"_s,
        {qint64(uid), m_clock.now(), mailbox, qint64(from.uidValidity), qint64(from.lastUid)});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<bool> MailboxState::remember(const QString &mailbox, const QString &key, quint32 uidValidity,
                                    quint32 uid, const QString &kind, qint64 rawSize)
{
    auto q =
        m_db.fetch(u"INSERT INTO mailbox_messages (message_key, mailbox, uid_validity, uid, "
                   "kind, raw_size, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (message_key) DO NOTHING"_s,
                   {key, mailbox, qint64(uidValidity), qint64(uid), kind, rawSize, m_clock.now()});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<qint64> MailboxState::takenCount(const QString &mailbox)
{
    auto count =
        m_db.scalar(u"SELECT COUNT(*) FROM mailbox_messages WHERE mailbox = ?"_s, {mailbox}, 0);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<qint64> MailboxState::lastTakenAt(const QString &mailbox)
{
    auto at = m_db.scalar(u"SELECT MAX(taken_at) FROM mailbox_messages WHERE mailbox = ?"_s,
                          {mailbox}, 0);
    if (!at)
        return at.error();
    return at.value().toLongLong();
}

QString MailboxState::keyFor(const QString &messageId, const QByteArray &raw)
{
    const QString id = messageId.trimmed();
    if (!id.isEmpty() && id.size() <= 400)
        return u"message-id:"_s + id;
    return u"sha256:"_s +
           QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

} // namespace shopdesk::storage
