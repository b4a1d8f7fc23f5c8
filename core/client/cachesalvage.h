#pragma once

#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace shopdesk::client {

// A damaged cache file, and what of it is worth keeping.
//
// SQLite has no checksums: a file that lost or garbled pages reads as "malformed", or not as
// a database at all when its header is gone. What the server holds comes back by a fresh
// snapshot; what only this file holds is the outbox of changes not yet answered, and the
// profile it belongs to. read() takes those from a copy of the file (mending a torn header on
// the copy first), so the damaged original stays as it was for support; restore() writes them
// into a freshly made cache with the same Idempotency-Keys, so a change that reached the
// server before the damage is answered again rather than made twice.
class CacheSalvage
{
public:
    // Whether SQLite finds the file sound (PRAGMA quick_check). A file that is not a database
    // counts as damaged; a file that cannot be read for another reason (locked, no permission)
    // does not, and problem says why it was not checked. A missing or empty file is sound.
    static bool isDamaged(const QString &path, QString *problem);

    // Reads the pending outbox rows, the local orders they stand for and the profile's
    // identity from the file at path, as far as they can be read.
    void read(const QString &path);
    // Moves the file, and its -wal and -shm, aside as "<path>.damaged-<UTC time>"; the new
    // path of the file.
    static Result<QString> moveAside(const QString &path);
    // Puts what read() found into the freshly made cache db, in one transaction.
    Result<void> restore(const QSqlDatabase &db) const;

    int outboxCount() const { return int(m_outbox.size()); }

private:
    bool readFrom(const QSqlDatabase &db);
    void readOutbox(const QSqlDatabase &db);
    QHash<QString, QString> m_meta;
    QList<QVariantList> m_outbox;
    QList<QVariantList> m_orders;
};

} // namespace shopdesk::client
