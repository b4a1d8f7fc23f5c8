#pragma once

#include <QDateTime>
#include <QString>

namespace shopdesk::client {

// One escalation of a ticket the signed-in user is told about on the desktop.
struct TicketNotice
{
    // The escalation level reached: 1 the assignee is told of a breach, 2 the ticket joined
    // the QA queue, 3 the managers are told.
    enum class Kind { Breached = 1, JoinedQaQueue = 2, ManagersNotified = 3 };

    qint64 ticketId = 0;
    QString number; // "T-17"
    QString subject;
    Kind kind = Kind::Breached;
    QDateTime at; // when the server reached the level
    bool read = false;
};

} // namespace shopdesk::client
