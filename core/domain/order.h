#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/orderstatus.h"
#include "domain/paymentmethod.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// One line of an order: the product's name and price as they were when it was ordered.
// A queued line knows its price only if the client's cache had the product.
struct OrderLine
{
    QString sku;
    QString name;
    qint64 quantity = 0;
    std::optional<Money> unitPrice;
    std::optional<Money> lineTotal;

    static Result<OrderLine> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// One step of an order's history: who moved it to which status, and when.
struct OrderStatusChange
{
    OrderStatus status = OrderStatus::Reserved;
    QDateTime at;
    QString user;
};

// An order as the API's Order object carries it, or as the client queued it (no id, no
// total, no history yet). Its status rule is orderAllows(); allows() asks it for this order.
struct Order
{
    OrderId id; // invalid while queued
    OrderStatus status = OrderStatus::Queued;
    CustomerId customerId;
    QString channel; // chat, email, phone, web
    PaymentMethod paymentMethod = PaymentMethod::Card;
    QList<OrderLine> lines;
    std::optional<Money> total;
    QDateTime reservationExpiresAt; // invalid when nothing can expire
    QString notes;
    QString paymentReference;
    QString paymentLink; // empty unless the order awaits payment through a provider; kept as sent
    QString carrier;
    QString tracking;
    QString trackingUrl;
    bool stockAtRisk = false; // a count found fewer units than this order holds
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<OrderStatusChange> statusHistory;

    bool allows(OrderAction action) const { return orderAllows(status, paymentMethod, action); }
    // The server has accepted it (it has a number).
    bool isConfirmed() const { return id.isValid(); }

    // Reads an Order object (or a queued draft); `status`, `customer_id`, `channel`,
    // `payment_method` and `lines` are required, the rest reads as empty when absent.
    static Result<Order> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk
