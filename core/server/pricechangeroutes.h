#pragma once

#include "server/route.h"
#include "storage/pricechangestore.h"

#include <QList>

namespace shopdesk::server {

// Bulk price changes: a category by a percentage or an amount, or a CSV price list; previewed
// in full, then applied in one transaction when the preview still holds.
class PriceChangeRoutes
{
public:
    explicit PriceChangeRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void change(const CallPtr &call);
    // The request in the body, or false after failing the call.
    bool readRequest(const CallPtr &call, const QJsonObject &object,
                     storage::PriceChangeRequest &request, bool &preview, QString &token);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
