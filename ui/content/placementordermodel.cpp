#include "content/placementordermodel.h"

#include "content/featuredslotsmodel.h"
#include "content/placementdrag.h"

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

PlacementOrderModel::PlacementOrderModel(FeaturedSlotsModel *featured, QObject *parent)
    : QAbstractListModel(parent)
    , m_featured(featured)
{
    // The featured marker of each row follows the slots.
    connect(m_featured, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_products.isEmpty())
            emit dataChanged(index(0), index(int(m_products.size()) - 1), {Qt::DisplayRole});
    });
    connect(m_featured, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_products.isEmpty())
            emit dataChanged(index(0), index(int(m_products.size()) - 1), {Qt::DisplayRole});
    });
}

void PlacementOrderModel::setProducts(const QList<Product> &products, bool reorderable)
{
    beginResetModel();
    m_products = products;
    m_reorderable = reorderable;
    endResetModel();
}

QStringList PlacementOrderModel::skus() const
{
    QStringList out;
    for (const Product &product : m_products)
        out.append(product.sku);
    return out;
}

bool PlacementOrderModel::moveProduct(int from, int to)
{
    const int count = int(m_products.size());
    if (!m_reorderable || from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    // beginMoveRows counts the destination before the move: one further when moving down.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_products.move(from, to);
    endMoveRows();
    emit edited();
    return true;
}

int PlacementOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant PlacementOrderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product &product = m_products[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = m_reorderable
                           ? tr("%1. %2 (%3)").arg(index.row() + 1).arg(product.title, product.sku)
                           : tr("%1 (%2)").arg(product.title, product.sku);
        const int slot = int(m_featured->skus().indexOf(product.sku));
        if (slot >= 0)
            text += tr(" · featured in slot %1").arg(slot + 1);
        if (!product.published)
            text += tr(" · not published yet");
        return text;
    }
    case SkuRole:
        return product.sku;
    default:
        return {};
    }
}

Qt::ItemFlags PlacementOrderModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        return flags | Qt::ItemIsDragEnabled;
    // Drops land between rows, never on one.
    return flags | Qt::ItemIsDropEnabled;
}

Qt::DropActions PlacementOrderModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PlacementOrderModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList PlacementOrderModel::mimeTypes() const
{
    return {placementdrag::mimeType()};
}

QMimeData *PlacementOrderModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.row() < m_products.size())
            return placementdrag::encode({m_products[index.row()].sku, u"order"_s, index.row()});
    }
    return nullptr;
}

bool PlacementOrderModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                          const QModelIndex &) const
{
    const placementdrag::Item item = placementdrag::decode(data);
    return item.from == u"slot"_s || (item.from == u"order"_s && m_reorderable);
}

bool PlacementOrderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent)
{
    const placementdrag::Item item = placementdrag::decode(data);
    if (action == Qt::IgnoreAction || item.sku.isEmpty())
        return false;
    if (item.from == u"slot"_s) {
        m_featured->clearSlot(item.row);
        return true;
    }
    if (item.from != u"order"_s || !m_reorderable || item.row < 0 ||
        item.row >= m_products.size() || m_products[item.row].sku != item.sku)
        return false;
    // row is the gap the product was dropped in (-1: past the last row).
    int gap = parent.isValid() ? parent.row() : row;
    if (gap < 0 || gap > m_products.size())
        gap = int(m_products.size());
    const int to = gap > item.row ? gap - 1 : gap;
    if (to != item.row)
        moveProduct(item.row, to);
    return true;
}

} // namespace shopdesk::ui
