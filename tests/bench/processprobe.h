#pragma once

#include <QtGlobal>

namespace shopdesk::bench {

// What Linux says about a running process: resident memory (VmRSS in /proc/PID/status) and
// the number of open file descriptors (entries of /proc/PID/fd). -1 when it cannot be read.
class ProcessProbe
{
public:
    explicit ProcessProbe(qint64 pid)
        : m_pid(pid)
    {}

    bool isValid() const { return m_pid > 0 && residentKiB() >= 0; }
    qint64 residentKiB() const;
    int openFiles() const;

private:
    qint64 m_pid;
};

} // namespace shopdesk::bench
