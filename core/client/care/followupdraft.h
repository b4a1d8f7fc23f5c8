#pragma once

#include <QDateTime>
#include <QString>

namespace shopdesk::client {

// A call-back or follow-up to schedule (POST /follow-ups).
struct FollowUpDraft
{
    qint64 customerId = 0;
    QDateTime dueAt;
    QString note;
    qint64 orderId = 0;  // 0: none
    qint64 ticketId = 0; // 0: none
    QString assignee;    // empty: the caller
};

} // namespace shopdesk::client
