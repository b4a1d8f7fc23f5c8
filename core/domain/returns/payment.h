#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk::returns {

// One payment received for an order: a fact, whether it covers the order, pays part of it
// or charges the customer twice. The API's Payment object.
struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString method;   // an order's payment method, or store_credit
    QString provider; // who notified it ("" when a person recorded it)
    QString reference;
    QString eventId; // the provider's event id; empty when a person recorded it
    std::optional<Money> amount;
    QDateTime receivedAt;
    QString recordedBy;

    // The methods a payment may be made by: every order payment method and store_credit,
    // which spends the customer's credit and is never an order's checkout method.
    static QStringList methods();
    static bool isStoreCredit(const QString &method) { return method == storeCreditMethod(); }
    static QString storeCreditMethod();

    // `id`, `order_id`, `method` and `amount` are required; the rest reads as empty.
    static Result<Payment> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk::returns
