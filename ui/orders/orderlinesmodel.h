#pragma once

#include "client/orderdraft.h"
#include "client/productrecord.h"
#include "domain/money.h"

#include <QAbstractTableModel>
#include <QList>

namespace shopdesk::client {
class LocalCache;
}

namespace shopdesk::ui {

// The lines of the order being taken, each with the live available stock of its SKU from the
// local cache. A SKU whose lines ask for more than is available is short: its rows are
// marked and hasShortage() holds until the quantity drops or stock arrives.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SkuColumn,
        NameColumn,
        QuantityColumn,
        AvailableColumn,
        PriceColumn,
        LineTotalColumn,
        ColumnCount
    };
    enum Role { ShortRole = Qt::UserRole + 1 };

    explicit OrderLinesModel(client::LocalCache *cache, QObject *parent = nullptr);

    // Adds one more of the product: a new line, or one more on the line it already has.
    void addProduct(const client::ProductRecord &product, qint64 quantity = 1);
    bool setQuantity(int row, qint64 quantity);
    void removeLine(int row);
    void clear();

    QList<client::OrderDraft::Line> lines() const;
    bool isEmpty() const { return m_lines.isEmpty(); }
    bool hasShortage() const;
    // "Only 2 of MUG-01 available (3 asked for)." for every short SKU.
    QStringList shortages() const;
    // The sum in the lines' currency; empty without lines or with mixed currencies.
    std::optional<Money> total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void linesChanged();

private:
    struct Line
    {
        client::ProductRecord product;
        qint64 quantity = 0;
    };
    qint64 askedFor(const QString &sku) const;
    bool isShort(int row) const;
    void onProductsChanged(const QList<shopdesk::client::ProductRecord> &products);

    client::LocalCache *m_cache;
    QList<Line> m_lines;
};

} // namespace shopdesk::ui
