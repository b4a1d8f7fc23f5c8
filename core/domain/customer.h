#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace shopdesk {

// A customer as the API's Customer object and the client's cache carry it.
struct Customer
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString address;
    QString language; // BCP 47; empty where the server does not say

    // `id` (positive) and `name` are required; absent optional strings read as "".
    static Result<Customer> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk

Q_DECLARE_METATYPE(shopdesk::Customer)
