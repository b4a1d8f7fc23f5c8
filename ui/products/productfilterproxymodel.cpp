#include "products/productfilterproxymodel.h"

#include "sync/producttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;
using shopdesk::sync::ProductTableModel;

namespace shopdesk::ui {

ProductFilterProxyModel::ProductFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProductTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void ProductFilterProxyModel::setProductModel(ProductTableModel *model)
{
    m_products = model;
    setSourceModel(model);
}

void ProductFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = ProductTableModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ProductFilterProxyModel::setOnlyAvailable(bool only)
{
    if (only == m_onlyAvailable)
        return;
    m_onlyAvailable = only;
    invalidateFilter();
}

bool ProductFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_products)
        return true;
    if (m_onlyAvailable && m_products->product(sourceRow).available <= 0)
        return false;
    const QString &key = m_products->searchKey(sourceRow);
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool ProductFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_products)
        return QSortFilterProxyModel::lessThan(left, right);
    const sync::ProductRecord &a = m_products->product(left.row());
    const sync::ProductRecord &b = m_products->product(right.row());
    const auto byText = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    };
    switch (left.column()) {
    case ProductTableModel::SkuColumn:
        return byText(a.sku, b.sku);
    case ProductTableModel::NameColumn:
        return byText(a.name, b.name);
    case ProductTableModel::CategoryColumn:
        return byText(a.category, b.category);
    case ProductTableModel::PriceColumn:
        return a.currency == b.currency ? a.priceMinor < b.priceMinor : a.currency < b.currency;
    case ProductTableModel::OnHandColumn:
        return a.onHand < b.onHand;
    case ProductTableModel::ReservedColumn:
        return a.reserved < b.reserved;
    case ProductTableModel::AvailableColumn:
        return a.available < b.available;
    }
    return false;
}

QVariant ProductFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == ProductTableModel::AvailableColumn) {
        // Nothing left to promise: say so where the eye goes.
        if (role == Qt::ForegroundRole) {
            const qint64 available =
                QSortFilterProxyModel::data(index, ProductTableModel::AvailableRole).toLongLong();
            if (available <= 0)
                return QBrush(QColor(0xb0, 0x1e, 0x1e));
        } else if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace shopdesk::ui
