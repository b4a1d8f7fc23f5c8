#include "domain/care/ticket.h"

#include "domain/enumwords.h"
#include "domain/tr.h"

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::care {

namespace {

constexpr std::array<EnumWord<TicketKind>, 6> kinds = {{
    {TicketKind::Complaint, u"complaint"},
    {TicketKind::ReturnRequest, u"return_request"},
    {TicketKind::RefundRequest, u"refund_request"},
    {TicketKind::PaymentProblem, u"payment_problem"},
    {TicketKind::DeliveryProblem, u"delivery_problem"},
    {TicketKind::Question, u"question"},
}};

constexpr std::array<EnumWord<TicketPriority>, 4> priorities = {{
    {TicketPriority::Low, u"low"},
    {TicketPriority::Normal, u"normal"},
    {TicketPriority::High, u"high"},
    {TicketPriority::Urgent, u"urgent"},
}};

constexpr std::array<EnumWord<TicketStatus>, 7> statuses = {{
    {TicketStatus::New, u"new"},
    {TicketStatus::Open, u"open"},
    {TicketStatus::WaitingOnCustomer, u"waiting_on_customer"},
    {TicketStatus::WaitingOnThirdParty, u"waiting_on_third_party"},
    {TicketStatus::Escalated, u"escalated"},
    {TicketStatus::Resolved, u"resolved"},
    {TicketStatus::Closed, u"closed"},
}};

constexpr std::array<EnumWord<QaCause>, 7> causes = {{
    {QaCause::StockError, u"stock_error"},
    {QaCause::Packing, u"packing"},
    {QaCause::Courier, u"courier"},
    {QaCause::Payment, u"payment"},
    {QaCause::ProductQuality, u"product_quality"},
    {QaCause::AgentError, u"agent_error"},
    {QaCause::Other, u"other"},
}};

constexpr std::array<EnumWord<TicketChannel>, 4> channels = {{
    {TicketChannel::Email, u"email"},
    {TicketChannel::Chat, u"chat"},
    {TicketChannel::Phone, u"phone"},
    {TicketChannel::Web, u"web"},
}};

} // namespace

QList<TicketKind> allTicketKinds()
{
    return enumValues(kinds);
}

QList<TicketPriority> allTicketPriorities()
{
    return enumValues(priorities);
}

QList<TicketStatus> allTicketStatuses()
{
    return enumValues(statuses);
}

QList<QaCause> allQaCauses()
{
    return enumValues(causes);
}

QList<TicketChannel> allTicketChannels()
{
    return enumValues(channels);
}

QString ticketKindName(TicketKind kind)
{
    return enumWord(kinds, kind);
}

QString ticketPriorityName(TicketPriority priority)
{
    return enumWord(priorities, priority);
}

QString ticketStatusName(TicketStatus status)
{
    return enumWord(statuses, status);
}

QString qaCauseName(QaCause cause)
{
    return enumWord(causes, cause);
}

QString ticketChannelName(TicketChannel channel)
{
    return enumWord(channels, channel);
}

Result<TicketKind> parseTicketKind(const QString &name)
{
    return parseEnumWord(kinds, name, u"unknown_kind"_s,
                         Tr::tr("\"%1\" is not a kind of ticket; the kinds are %2."));
}

Result<TicketPriority> parseTicketPriority(const QString &name)
{
    return parseEnumWord(priorities, name, u"unknown_priority"_s,
                         Tr::tr("\"%1\" is not a priority; the priorities are %2."));
}

Result<TicketStatus> parseTicketStatus(const QString &name)
{
    return parseEnumWord(statuses, name, u"unknown_status"_s,
                         Tr::tr("\"%1\" is not a ticket status; the statuses are %2."));
}

Result<QaCause> parseQaCause(const QString &name)
{
    return parseEnumWord(causes, name, u"unknown_cause"_s,
                         Tr::tr("\"%1\" is not a cause; the causes are %2."));
}

Result<TicketChannel> parseTicketChannel(const QString &name)
{
    return parseEnumWord(channels, name, u"unknown_channel"_s,
                         Tr::tr("\"%1\" is not a channel; the channels are %2."));
}

QString ticketKindText(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Complaint:
        return Tr::tr("Complaint");
    case TicketKind::ReturnRequest:
        return Tr::tr("Return request");
    case TicketKind::RefundRequest:
        return Tr::tr("Refund request");
    case TicketKind::PaymentProblem:
        return Tr::tr("Double charge / payment problem");
    case TicketKind::DeliveryProblem:
        return Tr::tr("Delivery problem");
    case TicketKind::Question:
        return Tr::tr("Question");
    }
    return {};
}

QString ticketPriorityText(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low:
        return Tr::tr("Low");
    case TicketPriority::Normal:
        return Tr::tr("Normal");
    case TicketPriority::High:
        return Tr::tr("High");
    case TicketPriority::Urgent:
        return Tr::tr("Urgent");
    }
    return {};
}

QString ticketStatusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return Tr::tr("New");
    case TicketStatus::Open:
        return Tr::tr("Open");
    case TicketStatus::WaitingOnCustomer:
        return Tr::tr("Waiting on customer");
    case TicketStatus::WaitingOnThirdParty:
        return Tr::tr("Waiting on third party");
    case TicketStatus::Escalated:
        return Tr::tr("Escalated");
    case TicketStatus::Resolved:
        return Tr::tr("Resolved");
    case TicketStatus::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

QString qaCauseText(QaCause cause)
{
    switch (cause) {
    case QaCause::StockError:
        return Tr::tr("Stock error");
    case QaCause::Packing:
        return Tr::tr("Packing");
    case QaCause::Courier:
        return Tr::tr("Courier");
    case QaCause::Payment:
        return Tr::tr("Payment");
    case QaCause::ProductQuality:
        return Tr::tr("Product quality");
    case QaCause::AgentError:
        return Tr::tr("Agent error");
    case QaCause::Other:
        return Tr::tr("Other");
    }
    return {};
}

bool ticketAllowsStatus(TicketStatus from, TicketStatus to)
{
    if (from == to || to == TicketStatus::New)
        return false;
    if (ticketStatusIsDone(from))
        return to == TicketStatus::Open || to == TicketStatus::Closed;
    return true;
}

bool ticketStatusPausesClock(TicketStatus status)
{
    return status == TicketStatus::WaitingOnCustomer || status == TicketStatus::WaitingOnThirdParty;
}

bool ticketStatusIsDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

bool ticketAcceptsMessages(TicketStatus status)
{
    return status != TicketStatus::Closed;
}

} // namespace shopdesk::care
