#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace shopdesk::server {

// The lock a process holds on a SQLite data folder while it uses the store (the server) or
// replaces it (restore), so a restore never swaps the file under a running server. The
// lock file names the holder's process; one left by a killed process counts as free.
class DataFolderLock
{
public:
    explicit DataFolderLock(const QString &dataDir);

    static QString fileName() { return QStringLiteral("shopdesk.lock"); }

    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    // The process holding the lock, when another one does.
    qint64 holder() const;

private:
    QLockFile m_lock;
};

} // namespace shopdesk::server
