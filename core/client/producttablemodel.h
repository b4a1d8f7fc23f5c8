#pragma once

#include "client/productrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace shopdesk::client {

class LocalCache;

// Every product of the local cache with its live stock, as a table. It loads the cache once
// and then follows the cache's change signals row by row: a stock change is a dataChanged()
// on that row's stock cells, a new product one rowsInserted(); never a reset per change.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SkuColumn,
        NameColumn,
        CategoryColumn,
        PriceColumn,
        OnHandColumn,
        ReservedColumn,
        AvailableColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers as numbers
        SkuRole,
        AvailableRole,
    };

    enum class Load { Now, Later };
    // With Load::Later the model starts empty: call loadInBackground().
    explicit ProductTableModel(LocalCache *cache, QObject *parent = nullptr, Load load = Load::Now);

    // Loads everything from the cache again (a reset: only at start or profile change).
    void reload();
    // Reads the cache on another thread and fills the model in one go when done, so that a
    // window can show at once; changes arriving meanwhile are applied after.
    void loadInBackground();
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ProductRecord &product(int row) const { return m_products.at(row); }
    int rowOfSku(const QString &sku) const { return m_rows.value(sku, -1); }
    // SKU, name, barcode and category folded for case-insensitive matching.
    const QString &searchKey(int row) const { return m_searchKeys.at(row); }
    static QString foldForSearch(const QString &text);

signals:
    void loaded();

private:
    struct Snapshot
    {
        QList<ProductRecord> products;
        QList<QString> searchKeys;
    };
    void adopt(Snapshot snapshot);
    void onProductsChanged(const QList<shopdesk::client::ProductRecord> &products);
    void onProductsRemoved(const QStringList &skus);
    static QString makeSearchKey(const ProductRecord &product);

    LocalCache *m_cache;
    bool m_loading = false;
    // Changes that came while loading: (products changed, skus removed), in order.
    QList<std::pair<QList<ProductRecord>, QStringList>> m_pending;
    QList<ProductRecord> m_products;
    QList<QString> m_searchKeys;
    QHash<QString, int> m_rows;
};

} // namespace shopdesk::client
