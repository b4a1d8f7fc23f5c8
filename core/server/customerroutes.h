#pragma once

#include "server/care/customercareroutes.h"
#include "server/route.h"

#include <QList>

namespace shopdesk::server {

// The customers: listed and searched, read, created (with an optional duplicate check) and
// changed (CustomerFields says what may be written); CustomerCareRoutes serve the rest of
// the customer's story under the same paths.
class CustomerRoutes
{
public:
    explicit CustomerRoutes(storage::ShopStore &reader)
        : m_reader(reader)
        , m_care(reader)
    {}

    QList<Route> routes();

private:
    void createCustomer(const CallPtr &call);
    void updateCustomer(const CallPtr &call);
    void listCustomers(const CallPtr &call);
    void getCustomer(const CallPtr &call);
    static bool validCustomerFields(const CallPtr &call, const QJsonObject &object, bool creating);

    storage::ShopStore &m_reader;
    CustomerCareRoutes m_care; // notes, timeline, figures, merge, export, erasure
};

} // namespace shopdesk::server
