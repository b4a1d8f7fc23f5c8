#include "server/datafolderlock.h"

#include <QDir>

namespace shopdesk::server {

DataFolderLock::DataFolderLock(const QString &dataDir)
    : m_lock(QDir(dataDir).absoluteFilePath(fileName()))
{
    // Only a dead holder makes the lock stale, never its age: a server runs for months.
    m_lock.setStaleLockTime(0);
}

bool DataFolderLock::tryLock()
{
    return m_lock.tryLock(0);
}

void DataFolderLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

qint64 DataFolderLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace shopdesk::server
