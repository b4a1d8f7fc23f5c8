#include "client/producttablemodel.h"

#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "domain/money.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

ProductTableModel::ProductTableModel(LocalCache *cache, QObject *parent, Load load)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &LocalCache::productsChanged, this, [this](const QList<ProductRecord> &p) {
        if (m_loading)
            m_pending.append({p, {}});
        else
            onProductsChanged(p);
    });
    connect(cache, &LocalCache::productsRemoved, this, [this](const QStringList &skus) {
        if (m_loading)
            m_pending.append({{}, skus});
        else
            onProductsRemoved(skus);
    });
    if (load == Load::Now)
        reload();
}

void ProductTableModel::loadInBackground()
{
    if (m_loading)
        return;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher] {
        adopt(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path = m_cache->path()] {
        Snapshot snapshot;
        snapshot.products = LocalCacheQueries::readProducts(path);
        snapshot.searchKeys.reserve(snapshot.products.size());
        for (const ProductRecord &p : std::as_const(snapshot.products))
            snapshot.searchKeys.append(makeSearchKey(p));
        return snapshot;
    }));
}

void ProductTableModel::adopt(Snapshot snapshot)
{
    beginResetModel();
    m_products = std::move(snapshot.products);
    m_searchKeys = std::move(snapshot.searchKeys);
    m_rows.clear();
    m_rows.reserve(m_products.size());
    for (int row = 0; row < m_products.size(); ++row)
        m_rows.insert(m_products.at(row).sku, row);
    m_loading = false;
    endResetModel();
    // What changed while reading: full states, so applying them now is exact.
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[changed, removed] : pending) {
        if (!removed.isEmpty())
            onProductsRemoved(removed);
        if (!changed.isEmpty())
            onProductsChanged(changed);
    }
    emit loaded();
}

QString ProductTableModel::foldForSearch(const QString &text)
{
    return text.toCaseFolded();
}

QString ProductTableModel::makeSearchKey(const ProductRecord &p)
{
    return foldForSearch(p.sku + u'\n' + p.name + u'\n' + p.barcode + u'\n' + p.category);
}

void ProductTableModel::reload()
{
    beginResetModel();
    m_products = m_cache->queries()->products();
    m_searchKeys.clear();
    m_searchKeys.reserve(m_products.size());
    m_rows.clear();
    m_rows.reserve(m_products.size());
    for (int row = 0; row < m_products.size(); ++row) {
        m_searchKeys.append(makeSearchKey(m_products.at(row)));
        m_rows.insert(m_products.at(row).sku, row);
    }
    endResetModel();
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const ProductRecord &p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkuColumn:
            return p.sku;
        case NameColumn:
            return p.name;
        case CategoryColumn:
            return p.category;
        case PriceColumn: {
            const auto money = Money::create(p.priceMinor, p.currency);
            return money ? money->format(QLocale()) : QString();
        }
        case OnHandColumn:
            return QLocale().toString(p.onHand);
        case ReservedColumn:
            return QLocale().toString(p.reserved);
        case AvailableColumn:
            return QLocale().toString(p.available);
        }
        break;
    case SortRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SkuColumn:
            return p.sku;
        case NameColumn:
            return p.name;
        case CategoryColumn:
            return p.category;
        case PriceColumn:
            return p.priceMinor;
        case OnHandColumn:
            return p.onHand;
        case ReservedColumn:
            return p.reserved;
        case AvailableColumn:
            return p.available;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= PriceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SkuRole:
        return p.sku;
    case AvailableRole:
        return p.available;
    default:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= PriceColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Price");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case AvailableColumn:
        return tr("Available");
    }
    return {};
}

void ProductTableModel::onProductsChanged(const QList<ProductRecord> &products)
{
    QList<const ProductRecord *> added;
    for (const ProductRecord &p : products) {
        const int row = m_rows.value(p.sku, -1);
        if (row < 0) {
            added.append(&p);
            continue;
        }
        ProductRecord &old = m_products[row];
        // Only the cells that changed: a stock update repaints three numbers.
        int first = ColumnCount;
        int last = -1;
        const auto mark = [&](bool differs, int column) {
            if (differs) {
                first = std::min(first, column);
                last = std::max(last, column);
            }
        };
        mark(old.name != p.name, NameColumn);
        mark(old.category != p.category, CategoryColumn);
        mark(old.priceMinor != p.priceMinor || old.currency != p.currency, PriceColumn);
        mark(old.onHand != p.onHand, OnHandColumn);
        mark(old.reserved != p.reserved, ReservedColumn);
        mark(old.available != p.available, AvailableColumn);
        const bool keyChanged =
            old.name != p.name || old.barcode != p.barcode || old.category != p.category;
        old = p;
        if (keyChanged)
            m_searchKeys[row] = makeSearchKey(p);
        if (last >= 0)
            emit dataChanged(index(row, first), index(row, last));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_products.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const ProductRecord *p : std::as_const(added)) {
        m_rows.insert(p->sku, int(m_products.size()));
        m_products.append(*p);
        m_searchKeys.append(makeSearchKey(*p));
    }
    endInsertRows();
}

void ProductTableModel::onProductsRemoved(const QStringList &skus)
{
    for (const QString &sku : skus) {
        const int row = m_rows.value(sku, -1);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_products.removeAt(row);
        m_searchKeys.removeAt(row);
        m_rows.remove(sku);
        for (int r = row; r < m_products.size(); ++r)
            m_rows[m_products.at(r).sku] = r;
        endRemoveRows();
    }
}

} // namespace shopdesk::client
