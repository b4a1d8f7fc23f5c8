#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QByteArray>
#include <QString>

namespace shopdesk::storage {

// Where the server stands in the shop's mailbox: the mailbox's UIDVALIDITY and the last UID
// taken under it, and a key of every message taken (its Message-ID, or the SHA-256 of its
// bytes when it has none). The position only moves by a conditional UPDATE from the position
// the poller read, inside the transaction that files the message: a server that finds it
// moved lost the race to another server on the same database and takes nothing.
class MailboxState
{
public:
    struct Position
    {
        bool known = false; // false: this mailbox was never read
        quint32 uidValidity = 0;
        quint32 lastUid = 0;
    };

    MailboxState(Database &db, const StoreClock &clock);

    static QList<MigrationStep> migrations();

    Result<Position> position(const QString &mailbox);
    // Starts the mailbox at UID 0 under uidValidity: the first time, or after its UIDVALIDITY
    // changed. False when the position is no longer `from`.
    Result<bool> restart(const QString &mailbox, const Position &from, quint32 uidValidity);
    // Moves the last UID from `from` to uid. False when the position is no longer `from`.
    Result<bool> advance(const QString &mailbox, const Position &from, quint32 uid);
    // Records a message as taken; false when its key was taken before (from any mailbox or
    // UIDVALIDITY), and then nothing is recorded.
    Result<bool> remember(const QString &mailbox, const QString &key, quint32 uidValidity,
                          quint32 uid, const QString &kind, qint64 rawSize);
    // Messages taken from this mailbox, and when the last one was (0: never).
    Result<qint64> takenCount(const QString &mailbox);
    Result<qint64> lastTakenAt(const QString &mailbox);

    // "message-id:<id>", or "sha256:<hex of the bytes>" for a message without one (and for an
    // id too long to be a fair key).
    static QString keyFor(const QString &messageId, const QByteArray &raw);

private:
    Database &m_db;
    const StoreClock &m_clock;
};

} // namespace shopdesk::storage
