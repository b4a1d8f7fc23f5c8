#include "processprobe.h"

#include <QByteArray>
#include <QFile>

#include <dirent.h>

namespace shopdesk::bench {

qint64 ProcessProbe::residentKiB() const
{
    if (m_pid <= 0)
        return -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:")) // "VmRSS:     12345 kB"
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int ProcessProbe::openFiles() const
{
    if (m_pid <= 0)
        return -1;
    // Sockets and pipes are links to nothing a QDir would list, so the entries are counted.
    DIR *dir = ::opendir(QByteArray("/proc/" + QByteArray::number(m_pid) + "/fd").constData());
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count;
}

} // namespace shopdesk::bench
