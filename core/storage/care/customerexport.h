#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace shopdesk::storage {

class ShopStore;

// Everything the shop holds about a customer, for the customer's own copy: the profile,
// notes, orders with their lines and status history, the mails sent to them, and what each
// further module adds (sections()). As one JSON object, or as CSV rows
// `section,item,field,value`.
class CustomerExport
{
public:
    // One part of the export: a list of JSON objects under `name`.
    struct Section
    {
        QString name;
        QString table; // skipped until it exists
        std::function<Result<QJsonArray>(ShopStore &, qint64 customerId)> read;
    };
    // The extension point: each module that keeps data of a customer adds its section here
    // (tickets with their messages).
    static QList<Section> sections();

    explicit CustomerExport(ShopStore &store)
        : m_store(store)
    {}

    // {customer_id, exported_at, customer, notes, orders, mails, ...}; not_found for an
    // unknown customer.
    Result<QJsonObject> json(qint64 customerId);

    // The export as CSV: a header row, then one row a value: the section ("customer",
    // "orders"), the item's index in it ("" for the customer), the field's path within the
    // item ("lines.0.sku") and the value as text. Values are quoted where they need it
    // (RFC 4180).
    static QByteArray csv(const QJsonObject &exported);

private:
    ShopStore &m_store;
};

} // namespace shopdesk::storage
