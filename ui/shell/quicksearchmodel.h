#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace shopdesk::client {
class ProductTableModel;
}

namespace shopdesk::ui {

// The best few products for what was typed: exact SKU first, then SKUs starting with it,
// then any product whose SKU, name, barcode or category holds every word. Stock figures
// follow the product model live.
class QuickSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SkuColumn, NameColumn, AvailableColumn, ColumnCount };

    explicit QuickSearchModel(client::ProductTableModel *products, QObject *parent = nullptr);

    void setQuery(const QString &text);
    void setLimit(int limit) { m_limit = limit; }
    QString skuAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    client::ProductTableModel *m_products;
    QList<QString> m_skus;
    QString m_query;
    int m_limit = 50;
};

} // namespace shopdesk::ui
