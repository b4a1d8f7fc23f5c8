#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk::care {

// A call-back or follow-up an agent promised a customer (on an order or a ticket), due at a
// time; done once its outcome is recorded.
struct FollowUpRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 orderId = 0;  // 0: none
    qint64 ticketId = 0; // 0: none
    QString assignee;
    QDateTime dueAt;
    QString note;
    QString createdBy;
    QDateTime createdAt;
    QDateTime doneAt; // invalid while open
    QString outcome;
    QString doneBy;

    bool isDone() const { return doneAt.isValid(); }

    // `id`, `customer_id` and `due_at` are required; the rest reads as empty when absent.
    static Result<FollowUpRecord> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::care
