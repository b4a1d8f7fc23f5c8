#pragma once

#include "domain/care/clockstate.h"
#include "domain/care/ticket.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::care {

// Who a message of the thread is for: what the customer wrote or said, a reply e-mailed to
// the customer (the only kind that counts as a response), or a note only staff read.
enum class TicketMessageKind { Customer, Public, Internal };

QString ticketMessageKindName(TicketMessageKind kind); // "customer", "public", "internal"
Result<TicketMessageKind> parseTicketMessageKind(const QString &name);

// The parts of a ticket as the API carries them.
struct TicketMessage
{
    qint64 id = 0;
    TicketMessageKind kind = TicketMessageKind::Customer;
    QString author;
    QString text;
    QDateTime at;
};

struct TicketStatusChange
{
    // "created", "status", "customer_message", "public_reply", or a step the server fired:
    // "sla_warning", "sla_breach", "sla_escalate_qa", "sla_escalate_managers".
    QString event;
    TicketStatus status = TicketStatus::New;
    QDateTime at;
    QString user;
};

struct TicketLine
{
    QString sku;
    qint64 quantity = 0;
};

// What quality assurance found went wrong, and what it did about it.
struct QaFinding
{
    QaCause cause = QaCause::Other;
    QString action;
    QString by;
    QDateTime at;
};

// A ticket as GET /tickets/{id} and its change records carry it; lists leave out the
// messages and the history.
struct TicketRecord
{
    qint64 id = 0;
    QString number; // "T-17"
    TicketKind kind = TicketKind::Question;
    TicketStatus status = TicketStatus::New;
    TicketPriority priority = TicketPriority::Normal;
    TicketChannel channel = TicketChannel::Email;
    QString subject;
    qint64 customerId = 0;
    QString customerName;
    qint64 orderId = 0; // 0: none
    QList<TicketLine> lines;
    QString assignee; // empty: nobody has it
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    int escalationLevel = 0; // 1 assignee notified, 2 in the QA queue, 3 managers notified
    bool inQaQueue = false;
    std::optional<QaFinding> qa;
    ClockState firstResponse;
    ClockState nextUpdate;
    ClockState resolution;
    QList<TicketMessage> messages;
    QList<TicketStatusChange> history;

    // The clock the queue counts down to: first response or next update while one runs,
    // else resolution; nullptr when no clock has a deadline left (met, or never started).
    const ClockState *nextDueClock() const;

    // `id`, `number`, `kind`, `status`, `priority`, `channel`, `subject` and `customer_id`
    // are required; the rest reads as empty when absent or null.
    static Result<TicketRecord> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::care
