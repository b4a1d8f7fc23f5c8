#pragma once

#include "server/route.h"

#include <QList>

#include <memory>

namespace shopdesk::reports {
class ReportService;
}

namespace shopdesk::server {

// The trend reports (docs/reports.md): GET /reports/{name}.
class ReportRoutes
{
public:
    explicit ReportRoutes(storage::ShopStore &reader);
    ~ReportRoutes();

    QList<Route> routes();

private:
    void report(const CallPtr &call);

    storage::ShopStore &m_reader;
    std::unique_ptr<reports::ReportService> m_reports; // made on the first report asked for
};

} // namespace shopdesk::server
