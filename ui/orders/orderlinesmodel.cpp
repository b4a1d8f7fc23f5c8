#include "orders/orderlinesmodel.h"

#include "client/localcache.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

OrderLinesModel::OrderLinesModel(client::LocalCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &client::LocalCache::productsChanged, this, &OrderLinesModel::onProductsChanged);
}

void OrderLinesModel::addProduct(const client::ProductRecord &product, qint64 quantity)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).product.sku == product.sku) {
            setQuantity(row, m_lines.at(row).quantity + quantity);
            return;
        }
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line{product, quantity});
    endInsertRows();
    emit linesChanged();
}

bool OrderLinesModel::setQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_lines.size() || quantity < 1 || quantity > 1000000)
        return false;
    m_lines[row].quantity = quantity;
    // Shortage depends on every line of the SKU; one SKU is one line here, so the row is enough.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit linesChanged();
    return true;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

void OrderLinesModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    emit linesChanged();
}

QList<client::OrderDraft::Line> OrderLinesModel::lines() const
{
    QList<client::OrderDraft::Line> result;
    for (const Line &line : m_lines)
        result.append({line.product.sku, line.quantity});
    return result;
}

qint64 OrderLinesModel::askedFor(const QString &sku) const
{
    qint64 sum = 0;
    for (const Line &line : m_lines) {
        if (line.product.sku == sku)
            sum += line.quantity;
    }
    return sum;
}

bool OrderLinesModel::isShort(int row) const
{
    const Line &line = m_lines.at(row);
    return askedFor(line.product.sku) > line.product.available;
}

bool OrderLinesModel::hasShortage() const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (isShort(row))
            return true;
    }
    return false;
}

QStringList OrderLinesModel::shortages() const
{
    QStringList result;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (!isShort(row))
            continue;
        const Line &line = m_lines.at(row);
        result.append(tr("Only %1 of %2 available (%3 asked for).")
                          .arg(line.product.available)
                          .arg(line.product.sku)
                          .arg(askedFor(line.product.sku)));
    }
    return result;
}

std::optional<Money> OrderLinesModel::total() const
{
    if (m_lines.isEmpty())
        return std::nullopt;
    const auto currency = Currency::parse(m_lines.first().product.currency);
    if (!currency)
        return std::nullopt;
    Money sum = Money::zero(*currency);
    for (const Line &line : m_lines) {
        const auto price = Money::create(line.product.priceMinor, line.product.currency);
        if (!price)
            return std::nullopt;
        const auto lineTotal = price->times(line.quantity);
        if (!lineTotal)
            return std::nullopt;
        const auto next = sum.plus(*lineTotal);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

void OrderLinesModel::onProductsChanged(const QList<client::ProductRecord> &products)
{
    for (const client::ProductRecord &p : products) {
        for (int row = 0; row < m_lines.size(); ++row) {
            Line &line = m_lines[row];
            if (line.product.sku != p.sku)
                continue;
            const bool before = isShort(row);
            // Keep the price the agent quoted; the server prices the order anyway.
            if (!p.name.isEmpty())
                line.product.name = p.name;
            line.product.onHand = p.onHand;
            line.product.reserved = p.reserved;
            line.product.available = p.available;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            if (before != isShort(row))
                emit linesChanged();
        }
    }
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const bool isShortRow = isShort(index.row());
    if (role == ShortRole)
        return isShortRow;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SkuColumn:
            return line.product.sku;
        case NameColumn:
            return line.product.name;
        case QuantityColumn:
            return role == Qt::EditRole ? QVariant(int(line.quantity))
                                        : QVariant(QLocale().toString(line.quantity));
        case AvailableColumn:
            return QLocale().toString(line.product.available);
        case PriceColumn:
        case LineTotalColumn: {
            const auto price = Money::create(line.product.priceMinor, line.product.currency);
            if (!price)
                return {};
            if (index.column() == PriceColumn)
                return price->format();
            const auto lineTotal = price->times(line.quantity);
            return lineTotal ? lineTotal->format() : QString();
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= QuantityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (isShortRow) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        // The whole row in dark red on light red: it reads in a dark theme too.
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (role == Qt::FontRole &&
            (index.column() == AvailableColumn || index.column() == QuantityColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return tr("Only %1 available: lower the quantity or remove the line.")
                .arg(line.product.available);
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != QuantityColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    return ok && setQuantity(index.row(), quantity);
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Quantity");
    case AvailableColumn:
        return tr("Available");
    case PriceColumn:
        return tr("Unit price");
    case LineTotalColumn:
        return tr("Line total");
    }
    return {};
}

} // namespace shopdesk::ui
