#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

// The catalogue: products (listed, read, created and changed) and each product's stock.
class ProductRoutes
{
public:
    explicit ProductRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void createProduct(const CallPtr &call);
    void updateProduct(const CallPtr &call);
    void listProducts(const CallPtr &call);
    void getProduct(const CallPtr &call);
    void getStock(const CallPtr &call);
    void setArchived(const CallPtr &call, bool archived);
    bool validProductFields(const CallPtr &call, const QJsonObject &object, bool creating);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
