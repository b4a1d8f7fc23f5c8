#pragma once

#include "server/route.h"
#include "storage/care/customersummary.h"
#include "storage/care/customertimeline.h"

#include <QList>

namespace shopdesk::server {

// The customer's whole story: internal notes, the timeline and the headline figures; merging
// duplicates; and the customer's own data, exported or erased on request.
class CustomerCareRoutes
{
public:
    explicit CustomerCareRoutes(storage::ShopStore &reader);

    QList<Route> routes();

private:
    void addNote(const CallPtr &call);
    void listNotes(const CallPtr &call);
    void timeline(const CallPtr &call);
    void summary(const CallPtr &call);
    void merge(const CallPtr &call);
    void exportData(const CallPtr &call);
    void erase(const CallPtr &call);

    storage::ShopStore &m_reader;
    storage::CustomerTimeline m_timeline;
    storage::CustomerSummary m_summary;
};

} // namespace shopdesk::server
