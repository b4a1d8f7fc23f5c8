#pragma once

#include "server/route.h"
#include "storage/inbox/replytemplatestore.h"

#include <QList>

#include <optional>

namespace shopdesk::server {

// Reply templates: listed for those who answer, written and archived by managers, and
// filled in for one customer (and an order of theirs) in the customer's language.
class ReplyTemplateRoutes
{
public:
    ReplyTemplateRoutes(storage::ShopStore &reader, QString shopName)
        : m_reader(reader)
        , m_shopName(std::move(shopName))
    {}

    QList<Route> routes();

private:
    void list(const CallPtr &call);
    void get(const CallPtr &call);
    void create(const CallPtr &call);
    void update(const CallPtr &call);
    void archive(const CallPtr &call);
    void fill(const CallPtr &call);

    // The body's name and texts, checked; nothing when the call has failed.
    struct Changes
    {
        std::optional<QString> name;
        QList<storage::ReplyTemplateStore::Text> texts;
    };
    std::optional<Changes> readChanges(const CallPtr &call, bool creating);
    // The customer and, when orderId is positive, their order: unknown_customer,
    // unknown_order, other_customer.
    Result<std::pair<QJsonObject, QJsonObject>> customerAndOrder(qint64 customerId, qint64 orderId);

    storage::ShopStore &m_reader;
    QString m_shopName;
};

} // namespace shopdesk::server
