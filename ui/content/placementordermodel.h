#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace shopdesk::ui {

class FeaturedSlotsModel;

// The products of one page in display order. Dragging a product within the list moves it;
// a product dragged here from a featured slot leaves the slot. On the home page the list is
// the products to feature from and keeps its order.
class PlacementOrderModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { SkuRole = Qt::UserRole + 1 };

    struct Product
    {
        QString sku;
        QString title;
        bool published = false;
    };

    explicit PlacementOrderModel(FeaturedSlotsModel *featured, QObject *parent = nullptr);

    void setProducts(const QList<Product> &products, bool reorderable);
    bool isReorderable() const { return m_reorderable; }
    QStringList skus() const;
    // Moves the product at from to row to (both 0-based, to counted before the move).
    bool moveProduct(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void edited();

private:
    FeaturedSlotsModel *m_featured;
    QList<Product> m_products;
    bool m_reorderable = true;
};

} // namespace shopdesk::ui
