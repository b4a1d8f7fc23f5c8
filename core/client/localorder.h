#pragma once

#include "domain/order.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::client {

// An order as this client knows it: one it placed (queued until the server answers) or one
// the change log brought. order.status is the server's, or Queued / Refused on this side only.
struct LocalOrder
{
    qint64 localId = 0;
    Order order; // the server's Order, or the draft while queued (no id yet)
    Error refusal;

    bool isConfirmed() const { return order.isConfirmed(); }
    qint64 serverId() const { return order.id.value(); }

    // From the cache's row: its own columns win over the stored JSON, which may be the draft
    // a refusal left behind.
    static LocalOrder fromCache(qint64 localId, qint64 serverId, const QString &status,
                                qint64 customerId, const QJsonObject &data, Error refusal);
};

} // namespace shopdesk::client
