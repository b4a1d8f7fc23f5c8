#include "client/localorder.h"

#include "client/logging.h"

namespace shopdesk::client {

LocalOrder LocalOrder::fromCache(qint64 localId, qint64 serverId, const QString &status,
                                 qint64 customerId, const QJsonObject &data, Error refusal)
{
    LocalOrder local;
    local.localId = localId;
    local.refusal = std::move(refusal);
    if (auto order = Order::fromJson(data))
        local.order = std::move(order).value();
    else
        qCWarning(lcSync) << "order" << localId << "is unreadable:" << order.error().message;
    local.order.id = OrderId(serverId);
    local.order.customerId = CustomerId(customerId);
    if (auto parsed = parseOrderStatus(status))
        local.order.status = parsed.value();
    return local;
}

} // namespace shopdesk::client
