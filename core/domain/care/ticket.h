#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk::care {

// What a ticket is about.
enum class TicketKind {
    Complaint,
    ReturnRequest,
    RefundRequest,
    PaymentProblem, // double charge and other payment trouble
    DeliveryProblem,
    Question
};

enum class TicketPriority { Low, Normal, High, Urgent };

// Where a ticket stands. The two waiting statuses pause its service-level clocks; resolved
// and closed tickets may be reopened.
enum class TicketStatus {
    New,
    Open,
    WaitingOnCustomer,
    WaitingOnThirdParty,
    Escalated,
    Resolved,
    Closed
};

// What quality assurance found went wrong on an escalated ticket.
enum class QaCause { StockError, Packing, Courier, Payment, ProductQuality, AgentError, Other };

// How a ticket came in; the same words as an order's channel.
enum class TicketChannel { Email, Chat, Phone, Web };

// Every value, in the order the client lists them.
QList<TicketKind> allTicketKinds();
QList<TicketPriority> allTicketPriorities();
QList<TicketStatus> allTicketStatuses();
QList<QaCause> allQaCauses();
QList<TicketChannel> allTicketChannels();

// The API words: "complaint", "return_request", …; "low" … "urgent"; "new",
// "waiting_on_customer", …; "stock_error", …; "email", "chat", "phone", "web".
QString ticketKindName(TicketKind kind);
QString ticketPriorityName(TicketPriority priority);
QString ticketStatusName(TicketStatus status);
QString qaCauseName(QaCause cause);
QString ticketChannelName(TicketChannel channel);

// Reads an API word; anything else fails with unknown_kind, unknown_priority,
// unknown_status, unknown_cause or unknown_channel.
Result<TicketKind> parseTicketKind(const QString &name);
Result<TicketPriority> parseTicketPriority(const QString &name);
Result<TicketStatus> parseTicketStatus(const QString &name);
Result<QaCause> parseQaCause(const QString &name);
Result<TicketChannel> parseTicketChannel(const QString &name);

// The words staff read, translated.
QString ticketKindText(TicketKind kind);
QString ticketPriorityText(TicketPriority priority);
QString ticketStatusText(TicketStatus status);
QString qaCauseText(QaCause cause);

// The one rule of status changes, asked by the server before it writes and by the client
// before it offers a change: a ticket never goes back to new and never "changes" to the
// status it has; resolved and closed tickets only reopen (to open) or close; every other
// status may go to any status but new.
bool ticketAllowsStatus(TicketStatus from, TicketStatus to);

// Waiting on the customer or a third party: the service-level clocks stand still.
bool ticketStatusPausesClock(TicketStatus status);

// Resolved or closed: done until reopened.
bool ticketStatusIsDone(TicketStatus status);

// A closed ticket takes no replies or notes until it is reopened.
bool ticketAcceptsMessages(TicketStatus status);

} // namespace shopdesk::care
