#include "content/featuredslotsmodel.h"

#include "content/placementdrag.h"

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

FeaturedSlotsModel::FeaturedSlotsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void FeaturedSlotsModel::setSlots(const QStringList &skus, const QHash<QString, QString> &titles)
{
    beginResetModel();
    m_skus = skus;
    m_titles = titles;
    endResetModel();
}

bool FeaturedSlotsModel::feature(const QString &sku, int slot)
{
    if (slot < 0 || slot >= m_skus.size() || sku.isEmpty())
        return false;
    if (m_skus[slot] == sku)
        return true;
    // One product, one slot: featuring it elsewhere moves it.
    const int held = int(m_skus.indexOf(sku));
    if (held >= 0) {
        m_skus[held].clear();
        emit dataChanged(index(held), index(held));
    }
    m_skus[slot] = sku;
    emit dataChanged(index(slot), index(slot));
    emit edited();
    return true;
}

void FeaturedSlotsModel::clearSlot(int slot)
{
    if (slot < 0 || slot >= m_skus.size() || m_skus[slot].isEmpty())
        return;
    m_skus[slot].clear();
    emit dataChanged(index(slot), index(slot));
    emit edited();
}

int FeaturedSlotsModel::firstEmptySlot() const
{
    return int(m_skus.indexOf(QString()));
}

int FeaturedSlotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_skus.size());
}

QVariant FeaturedSlotsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_skus.size())
        return {};
    const QString sku = m_skus[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (sku.isEmpty())
            return tr("Slot %1 · empty").arg(index.row() + 1);
        return tr("Slot %1 · %2 (%3)").arg(index.row() + 1).arg(m_titles.value(sku, sku), sku);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return sku.isEmpty() ? tr("Drop a product here to feature it in this slot")
                             : tr("Drag back to the product list, or press Delete, to remove");
    case SkuRole:
        return sku;
    default:
        return {};
    }
}

Qt::ItemFlags FeaturedSlotsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid() && !m_skus.value(index.row()).isEmpty())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions FeaturedSlotsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions FeaturedSlotsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList FeaturedSlotsModel::mimeTypes() const
{
    return {placementdrag::mimeType()};
}

QMimeData *FeaturedSlotsModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString sku = m_skus.value(index.row());
        if (!sku.isEmpty())
            return placementdrag::encode({sku, u"slot"_s, index.row()});
    }
    return nullptr;
}

bool FeaturedSlotsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                         const QModelIndex &) const
{
    return !placementdrag::decode(data).sku.isEmpty();
}

bool FeaturedSlotsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent)
{
    const placementdrag::Item item = placementdrag::decode(data);
    if (item.sku.isEmpty() || action == Qt::IgnoreAction)
        return false;
    // On a slot, or between two: the slot below the gap (the last one past the end).
    int slot = parent.isValid() ? parent.row() : row;
    if (slot < 0 || slot >= m_skus.size())
        slot = int(m_skus.size()) - 1;
    feature(item.sku, slot);
    // A product dragged from the list stays there: the model has no removeRows() for the
    // source view to call after a move.
    return true;
}

} // namespace shopdesk::ui
