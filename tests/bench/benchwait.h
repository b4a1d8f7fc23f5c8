#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace shopdesk::bench {

// Runs the event loop until done() holds or timeoutMs has passed; false on time out.
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
    return true;
}

} // namespace shopdesk::bench
