#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::sync {

// An order as this client knows it: one it placed (queued until the server answers) or one
// the change log brought. status is the server's, or "queued" / "refused" on this side only.
struct LocalOrder
{
    qint64 localId = 0;
    qint64 serverId = 0; // 0 while the server has not accepted it
    QString status;
    qint64 customerId = 0;
    QJsonObject data; // the server's Order object, or the draft while queued
    Error refusal;

    bool isConfirmed() const { return serverId > 0; }
};

} // namespace shopdesk::sync
