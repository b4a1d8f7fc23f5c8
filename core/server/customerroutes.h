#pragma once

#include "server/route.h"

#include <QList>

namespace shopdesk::server {

// The customers: listed and searched, read, created (with an optional duplicate check) and
// changed (CustomerFields says what may be written).
class CustomerRoutes
{
public:
    explicit CustomerRoutes(storage::ShopStore &reader)
        : m_reader(reader)
    {}

    QList<Route> routes();

private:
    void createCustomer(const CallPtr &call);
    void updateCustomer(const CallPtr &call);
    void listCustomers(const CallPtr &call);
    void getCustomer(const CallPtr &call);
    static bool validCustomerFields(const CallPtr &call, const QJsonObject &object, bool creating);

    storage::ShopStore &m_reader;
};

} // namespace shopdesk::server
