#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace shopdesk::ui {

// The featured slots of one page: a fixed number of rows, each a product or empty. A product
// dropped on a slot is featured there (leaving any other slot it held); one dragged from a
// slot to the product list leaves it (see PlacementOrderModel).
class FeaturedSlotsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { SkuRole = Qt::UserRole + 1 };

    explicit FeaturedSlotsModel(QObject *parent = nullptr);

    // skus: one entry a slot, empty for an empty slot; titles name the products.
    void setSlots(const QStringList &skus, const QHash<QString, QString> &titles);
    QStringList skus() const { return m_skus; }
    // Features sku in slot (0-based); false when the slot does not exist.
    bool feature(const QString &sku, int slot);
    void clearSlot(int slot);
    int firstEmptySlot() const;

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
    QStringList m_skus;
    QHash<QString, QString> m_titles;
};

} // namespace shopdesk::ui
