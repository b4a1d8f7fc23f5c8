#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopdesk::care {

// One event of a customer's timeline (GET /customers/{id}/timeline). Kinds the client does
// not know yet (a source added to the server later) keep their word and text and are shown
// as they come.
struct TimelineEntry
{
    enum class Kind {
        OrderCreated,
        OrderStatus,
        MailSent,
        Note,
        Merged,
        TicketOpened,
        TicketMessage,
        TicketStatus,
        FollowUp,
        Other
    };

    QString id; // "<kind>:<n>", unique within the timeline
    QString kindName;
    QDateTime at;
    QString user;
    std::optional<qint64> orderId;
    std::optional<qint64> ticketId;
    std::optional<qint64> mergedCustomerId; // `merged`: the duplicate that joined
    QString status;
    QString text;
    QString subject;
    QString channel;
    std::optional<Money> total;

    Kind kind() const;
    static Kind kindOf(const QString &name);
    static Result<TimelineEntry> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::care
