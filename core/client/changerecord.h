#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopdesk::client {

// One record of the server's change log, as /changes returns it and /live pushes it.
struct ChangeRecord
{
    qint64 seq = 0;
    QString entity; // product, stock, order, customer, movement, ...
    QString id;
    QString op; // create, update, delete
    QJsonObject data;
    QString at;
    QString user;

    // Empty when the object is not a change record (no positive seq or no entity).
    static std::optional<ChangeRecord> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::client
