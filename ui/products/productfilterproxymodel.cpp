#include "products/productfilterproxymodel.h"

#include "common/themecolors.h"

#include "client/producttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using shopdesk::client::ProductTableModel;

namespace shopdesk::ui {

namespace {
// More rows than this moving in one source signal are shown by one refresh.
constexpr int burst = 64;
} // namespace

ProductFilterProxyModel::ProductFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void ProductFilterProxyModel::setProductModel(ProductTableModel *model)
{
    if (m_products)
        m_products->disconnect(this);
    m_products = model;
    QAbstractProxyModel::setSourceModel(model);
    beginResetModel();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ProductFilterProxyModel::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        sortAll();
        refilter(false);
        endResetModel();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            &ProductFilterProxyModel::onRowsInserted);
    // Products are seldom deleted: start over around it.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &ProductFilterProxyModel::beginResetModel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        sortAll();
        refilter(false);
        endResetModel();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &ProductFilterProxyModel::onDataChanged);
    sortAll();
    refilter(false);
    endResetModel();
}

quint64 ProductFilterProxyModel::charMask(QStringView text)
{
    // Letters and digits get a bit each (keys are folded to lower case); the rest share 28.
    quint64 mask = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        int bit = 36 + u % 28;
        if (u >= u'a' && u <= u'z')
            bit = u - u'a';
        else if (u >= u'0' && u <= u'9')
            bit = 26 + (u - u'0');
        mask |= quint64(1) << bit;
    }
    return mask;
}

void ProductFilterProxyModel::updateMask(int sourceRow)
{
    if (m_masks.size() <= sourceRow)
        m_masks.resize(sourceRow + 1, 0);
    m_masks[sourceRow] = charMask(m_products->searchKey(sourceRow));
}

void ProductFilterProxyModel::rebuildMasks()
{
    const int rows = m_products ? m_products->rowCount() : 0;
    m_masks.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_masks[row] = charMask(m_products->searchKey(row));
}

bool ProductFilterProxyModel::accepts(int sourceRow) const
{
    // Archived products are history: never offered for sale.
    if (m_products->product(sourceRow).archived)
        return false;
    if (m_onlyAvailable && m_products->product(sourceRow).available <= 0)
        return false;
    const quint64 mask = m_masks.value(sourceRow, ~quint64(0));
    for (const quint64 wordMask : m_wordMasks) {
        if ((mask & wordMask) != wordMask)
            return false; // a character of the word is not in the key at all
    }
    const QString &key = m_products->searchKey(sourceRow);
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool ProductFilterProxyModel::lessThan(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;
    const client::ProductRecord &a = m_products->product(left);
    const client::ProductRecord &b = m_products->product(right);
    int c = 0;
    const auto numbers = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
    switch (m_sortColumn) {
    case ProductTableModel::SkuColumn:
        c = QString::compare(a.sku, b.sku, Qt::CaseInsensitive);
        break;
    case ProductTableModel::NameColumn:
        c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        break;
    case ProductTableModel::CategoryColumn:
        c = QString::compare(a.category, b.category, Qt::CaseInsensitive);
        break;
    case ProductTableModel::PriceColumn:
        c = a.currency == b.currency ? numbers(a.priceMinor, b.priceMinor)
                                     : QString::compare(a.currency, b.currency);
        break;
    case ProductTableModel::OnHandColumn:
        c = numbers(a.onHand, b.onHand);
        break;
    case ProductTableModel::ReservedColumn:
        c = numbers(a.reserved, b.reserved);
        break;
    case ProductTableModel::AvailableColumn:
        c = numbers(a.available, b.available);
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        c = -c;
    // Equal keys keep the source order, so the order is total and stable.
    return c != 0 ? c < 0 : left < right;
}

void ProductFilterProxyModel::sortAll()
{
    forgetPrefixes();
    rebuildMasks();
    const int rows = m_products ? m_products->rowCount() : 0;
    m_order.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_order[row] = row;
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    // The cache lists products by SKU: often the order asked for already.
    if (m_sortColumn >= 0 && !std::is_sorted(m_order.begin(), m_order.end(), less)) {
        std::sort(m_order.begin(), m_order.end(), less);
    }
}

void ProductFilterProxyModel::rebuildProxyRows(qsizetype from)
{
    const int rows = m_products ? m_products->rowCount() : 0;
    if (from == 0) {
        m_proxyRowOf.fill(-1, rows);
    } else if (m_proxyRowOf.size() != rows) {
        m_proxyRowOf.resize(rows, -1);
    }
    for (qsizetype i = from; i < m_visible.size(); ++i)
        m_proxyRowOf[m_visible.at(i)] = int(i);
}

QList<int> ProductFilterProxyModel::filtered(const QList<int> &candidates) const
{
    QList<int> visible;
    visible.reserve(candidates.size());
    for (int row : candidates) {
        if (accepts(row))
            visible.append(row);
    }
    return visible;
}

void ProductFilterProxyModel::refilter(bool narrowing)
{
    // Typing one more letter can only hide rows: look at the shown ones only.
    m_visible = filtered(narrowing ? m_visible : m_order);
    rebuildProxyRows();
}

void ProductFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    const bool narrowing = text.startsWith(m_text);
    // Keep the lists of the prefixes of the new text only.
    if (narrowing) {
        m_prefixes.append(Prefix{m_text, m_visible});
    } else {
        while (!m_prefixes.isEmpty() && !text.startsWith(m_prefixes.last().text))
            m_prefixes.removeLast();
    }
    m_text = text;
    m_words = ProductTableModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    m_wordMasks.resize(m_words.size());
    for (qsizetype i = 0; i < m_words.size(); ++i)
        m_wordMasks[i] = charMask(m_words.at(i));
    QList<int> visible;
    if (!narrowing && !m_prefixes.isEmpty() && m_prefixes.last().text == text) {
        // Erasing a letter: the list this text had is still right.
        visible = m_prefixes.takeLast().visible;
    } else {
        visible = filtered(narrowing ? m_visible : m_order);
    }
    // The first letters of a query often keep every row ("s", "sk", "sku" on SKUs): then
    // the view has nothing to redo.
    if (visible.size() == m_visible.size() && (narrowing || visible == m_visible))
        return;
    beginResetModel();
    m_visible = std::move(visible);
    rebuildProxyRows();
    endResetModel();
}

void ProductFilterProxyModel::setOnlyAvailable(bool only)
{
    if (only == m_onlyAvailable)
        return;
    m_onlyAvailable = only;
    forgetPrefixes();
    beginResetModel();
    refilter(only);
    endResetModel();
}

void ProductFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_order.isEmpty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(index.isValid() ? m_visible.value(index.row(), -1) : -1);
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    refilter(false);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sourceRows.at(i) >= 0 ? m_proxyRowOf.value(sourceRows.at(i), -1) : -1;
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProductFilterProxyModel::onRowsInserted(const QModelIndex &, int first, int last)
{
    // New products are appended to the source: existing source rows keep their numbers.
    m_proxyRowOf.resize(m_products->rowCount(), -1);
    forgetPrefixes();
    for (int row = first; row <= last; ++row)
        updateMask(row);
    QList<int> added;
    for (int row = first; row <= last; ++row) {
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                         [this](int a, int b) { return lessThan(a, b); });
        m_order.insert(at, row);
        if (accepts(row))
            added.append(row);
    }
    if (added.size() > burst) {
        beginResetModel();
        refilter(false);
        endResetModel();
        return;
    }
    for (int row : std::as_const(added)) {
        const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), row,
                                         [this](int a, int b) { return lessThan(a, b); });
        const int proxyRow = int(at - m_visible.begin());
        beginInsertRows({}, proxyRow, proxyRow);
        m_visible.insert(proxyRow, row);
        rebuildProxyRows(proxyRow);
        endInsertRows();
    }
}

void ProductFilterProxyModel::onDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight)
{
    const bool orderMayChange =
        m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    // Stock figures can decide "available only"; names, categories and barcodes the search.
    const bool filterMayChange =
        (m_onlyAvailable && bottomRight.column() >= ProductTableModel::AvailableColumn) ||
        (!m_words.isEmpty() && topLeft.column() <= ProductTableModel::CategoryColumn);
    // Any change may touch the search key (the barcode has no column of its own).
    forgetPrefixes();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        updateMask(row);
    if (bottomRight.row() - topLeft.row() + 1 > burst && (orderMayChange || filterMayChange)) {
        beginResetModel();
        sortAll();
        refilter(false);
        endResetModel();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (orderMayChange || filterMayChange) {
            updateRow(row, orderMayChange);
            continue;
        }
        const int proxyRow = m_proxyRowOf.value(row, -1);
        if (proxyRow >= 0) {
            emit dataChanged(index(proxyRow, topLeft.column()),
                             index(proxyRow, bottomRight.column()));
        }
    }
}

void ProductFilterProxyModel::updateRow(int sourceRow, bool orderMayChange)
{
    if (orderMayChange) {
        m_order.removeOne(sourceRow);
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), sourceRow,
                                         [this](int a, int b) { return lessThan(a, b); });
        m_order.insert(at, sourceRow);
    }
    const int oldRow = m_proxyRowOf.value(sourceRow, -1);
    const bool shown = accepts(sourceRow);
    int newRow = -1;
    if (shown) {
        // Where it belongs among the other shown rows (searched without itself).
        if (oldRow >= 0)
            m_visible.removeAt(oldRow);
        const auto at = std::lower_bound(m_visible.cbegin(), m_visible.cend(), sourceRow,
                                         [this](int a, int b) { return lessThan(a, b); });
        newRow = int(at - m_visible.cbegin());
        if (oldRow >= 0)
            m_visible.insert(oldRow, sourceRow);
    }
    if (oldRow >= 0 && shown && oldRow == newRow) {
        emit dataChanged(index(oldRow, 0), index(oldRow, ProductTableModel::ColumnCount - 1));
        return;
    }
    if (oldRow >= 0 && shown) {
        const int destination = newRow > oldRow ? newRow + 1 : newRow;
        beginMoveRows({}, oldRow, oldRow, {}, destination);
        m_visible.move(oldRow, newRow);
        rebuildProxyRows(std::min(oldRow, newRow));
        endMoveRows();
        emit dataChanged(index(newRow, 0), index(newRow, ProductTableModel::ColumnCount - 1));
    } else if (oldRow >= 0) {
        beginRemoveRows({}, oldRow, oldRow);
        m_visible.removeAt(oldRow);
        m_proxyRowOf[sourceRow] = -1;
        rebuildProxyRows(oldRow);
        endRemoveRows();
    } else if (shown) {
        beginInsertRows({}, newRow, newRow);
        m_visible.insert(newRow, sourceRow);
        rebuildProxyRows(newRow);
        endInsertRows();
    }
}

QModelIndex ProductFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= ProductTableModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ProductFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int ProductFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ProductFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ProductTableModel::ColumnCount;
}

QModelIndex ProductFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_products || proxyIndex.row() >= m_visible.size())
        return {};
    return m_products->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ProductFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant ProductFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == ProductTableModel::AvailableColumn) {
        // Nothing left to promise: say so where the eye goes.
        if (role == Qt::ForegroundRole) {
            const qint64 available =
                QAbstractProxyModel::data(index, ProductTableModel::AvailableRole).toLongLong();
            if (available <= 0)
                return QBrush(readableOnBase(QColor(0xb0, 0x1e, 0x1e), QGuiApplication::palette()));
        } else if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return QAbstractProxyModel::data(index, role);
}

} // namespace shopdesk::ui
