#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk::client {

// A mutation the user made, kept on disk until the server accepts or refuses it. Its
// Idempotency-Key is made when the user acts, so every retry is the same request.
struct OutboxItem
{
    enum class State { Pending, Accepted, Refused };

    qint64 id = 0; // order of sending
    QString kind;  // "order", "movement", ...
    QByteArray method;
    QString path;
    QByteArray body;
    QString idempotencyKey;
    QString summary; // what the user did, in words: "Order for customer 12: 2 × MUG-01"
    qint64 orderLocalId = 0;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QString lastError; // why the last attempt did not get an answer
    int httpStatus = 0;
    QJsonObject response; // the server's answer once accepted
    Error refusal;        // the server's reason once refused
    QDateTime resolvedAt;
};

} // namespace shopdesk::client
