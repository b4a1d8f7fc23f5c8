#include "shell/quicksearchmodel.h"

#include "common/themecolors.h"

#include "client/producttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using shopdesk::client::ProductTableModel;

namespace shopdesk::ui {

QuickSearchModel::QuickSearchModel(ProductTableModel *products, QObject *parent)
    : QAbstractTableModel(parent)
    , m_products(products)
{
    connect(products, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_skus.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_skus.size()) - 1, ColumnCount - 1));
    });
    // The product list may still be loading when the user starts typing.
    connect(products, &QAbstractItemModel::modelReset, this, [this] { setQuery(m_query); });
    connect(products, &QAbstractItemModel::rowsRemoved, this, [this] {
        // A product went away: drop rows whose SKU is gone.
        beginResetModel();
        m_skus.erase(
            std::remove_if(m_skus.begin(), m_skus.end(),
                           [this](const QString &sku) { return m_products->rowOfSku(sku) < 0; }),
            m_skus.end());
        endResetModel();
    });
}

void QuickSearchModel::setQuery(const QString &text)
{
    m_query = text;
    beginResetModel();
    m_skus.clear();
    const QString folded = ProductTableModel::foldForSearch(text.trimmed());
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QList<QString> exact;
        QList<QString> prefix;
        QList<QString> other;
        const int rows = m_products->rowCount();
        for (int row = 0; row < rows && exact.size() + prefix.size() < m_limit; ++row) {
            const QString &key = m_products->searchKey(row);
            bool all = true;
            for (const QString &word : words) {
                if (!key.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (!all)
                continue;
            const QString &sku = m_products->product(row).sku;
            const QString skuFolded = ProductTableModel::foldForSearch(sku);
            if (skuFolded == folded)
                exact.append(sku);
            else if (skuFolded.startsWith(folded))
                prefix.append(sku);
            else if (other.size() < m_limit)
                other.append(sku);
        }
        m_skus = exact + prefix + other;
        if (m_skus.size() > m_limit)
            m_skus.resize(m_limit);
    }
    endResetModel();
}

QString QuickSearchModel::skuAt(int row) const
{
    return row >= 0 && row < m_skus.size() ? m_skus.at(row) : QString();
}

int QuickSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_skus.size());
}

int QuickSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuickSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = m_products->rowOfSku(m_skus.value(index.row()));
    if (row < 0)
        return {};
    const client::ProductRecord &p = m_products->product(row);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SkuColumn:
            return p.sku;
        case NameColumn:
            return p.name;
        case AvailableColumn:
            return tr("%1 available").arg(QLocale().toString(p.available));
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == AvailableColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    } else if (role == Qt::ForegroundRole && index.column() == AvailableColumn &&
               p.available <= 0) {
        return QBrush(readableOnBase(QColor(0xb0, 0x1e, 0x1e), QGuiApplication::palette()));
    } else if (role == Qt::ToolTipRole) {
        return tr("%1 on hand, %2 reserved").arg(p.onHand).arg(p.reserved);
    }
    return {};
}

QVariant QuickSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case AvailableColumn:
        return tr("Available");
    }
    return {};
}

} // namespace shopdesk::ui
