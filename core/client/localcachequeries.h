#pragma once

#include "client/customerrecord.h"
#include "client/localorder.h"
#include "client/productrecord.h"

#include <QList>
#include <QObject>

#include <optional>

namespace shopdesk::client {

class LocalCache;

// What the screens read from the local cache: products, customers, orders and counts.
class LocalCacheQueries : public QObject
{
    Q_OBJECT
public:
    LocalCacheQueries(const LocalCache &cache, QObject *parent = nullptr);

    QList<ProductRecord> products() const;
    // The same from a connection of its own: callable from any thread.
    static QList<ProductRecord> readProducts(const QString &path);
    std::optional<ProductRecord> product(const QString &sku) const;
    std::optional<ProductRecord> productByBarcode(const QString &barcode) const;
    qint64 productCount() const;
    qint64 customerCount() const;
    qint64 movementCount() const;

    std::optional<LocalOrder> order(qint64 localId) const;
    std::optional<LocalOrder> orderByServerId(qint64 serverId) const;
    // Every order, newest first.
    QList<LocalOrder> orders() const;

    std::optional<CustomerRecord> customer(qint64 id) const;
    // Name, e-mail or phone containing text (any case), or the customer of order number text.
    QList<CustomerRecord> findCustomers(const QString &text, int limit = 50) const;

private:
    const LocalCache &m_cache;
};

} // namespace shopdesk::client
