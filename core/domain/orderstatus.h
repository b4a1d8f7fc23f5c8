#pragma once

#include "domain/paymentmethod.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk {

// Where an order stands. Queued and Refused exist on the client only: an order entered
// offline, and one the server turned down; every other status is the server's.
enum class OrderStatus {
    Queued,
    Refused,
    Reserved,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Expired,
    Returned
};

// What can happen to an order the server holds; each leads to one status.
enum class OrderAction { Cancel, Pay, Ship, Deliver, Return, Expire };

// Every status, in the order the client lists them.
QList<OrderStatus> allOrderStatuses();

// The API word: "queued", "refused", "reserved", "paid", …
QString orderStatusName(OrderStatus status);

// Reads an API word; anything else is `unknown_status`.
Result<OrderStatus> parseOrderStatus(const QString &name);

// The status an action leads to: Cancel → Cancelled, Pay → Paid, …
OrderStatus orderStatusAfter(OrderAction action);

// The one rule of which action an order in `status` allows, asked by the server before it
// writes and by the client before it offers the action:
//   reserved → paid | cancelled | expired, paid → shipped | cancelled,
//   reserved → shipped for cash on delivery (paid at the door), shipped → delivered,
//   shipped | delivered → returned.
// Queued and refused orders are not on the server, so they allow nothing.
bool orderAllows(OrderStatus status, PaymentMethod method, OrderAction action);

// Orders in these statuses hold reserved units (reserved and paid).
bool orderHoldsStock(OrderStatus status);

} // namespace shopdesk
