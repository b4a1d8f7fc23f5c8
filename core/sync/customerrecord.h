#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shopdesk::sync {

// A customer as the cache and the server's Customer object carry it.
struct CustomerRecord
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString address;
    QString language; // empty where the server does not say

    static CustomerRecord fromJson(const QJsonObject &object)
    {
        CustomerRecord c;
        c.id = qint64(object.value(QLatin1String("id")).toDouble());
        c.name = object.value(QLatin1String("name")).toString();
        c.email = object.value(QLatin1String("email")).toString();
        c.phone = object.value(QLatin1String("phone")).toString();
        c.address = object.value(QLatin1String("address")).toString();
        c.language = object.value(QLatin1String("language")).toString();
        return c;
    }
};

} // namespace shopdesk::sync

Q_DECLARE_METATYPE(shopdesk::sync::CustomerRecord)
