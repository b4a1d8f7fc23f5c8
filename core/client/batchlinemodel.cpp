#include "client/batchlinemodel.h"

#include "domain/tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

BatchLineModel::BatchLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchLineModel::setKind(BatchKind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BatchLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BatchLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const BatchLine &line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == QuantityColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SkuColumn:
        return line.sku;
    case NameColumn:
        return line.name;
    case QuantityColumn:
        // An int edits in a spin box; a line never holds more than a million units.
        return int(qMin<qint64>(line.quantity, 1000000));
    case LocationColumn:
        if (m_kind == BatchKind::Transfer && role == Qt::DisplayRole)
            return Tr::tr("%1 → %2").arg(line.location, line.toLocation);
        return line.location;
    case ReasonColumn:
        return line.reason;
    default:
        return {};
    }
}

QVariant BatchLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return Tr::tr("SKU");
    case NameColumn:
        return Tr::tr("Product");
    case QuantityColumn:
        return m_kind == BatchKind::Count ? Tr::tr("Counted") : Tr::tr("Units");
    case LocationColumn:
        return m_kind == BatchKind::Transfer ? Tr::tr("From → to") : Tr::tr("Location");
    case ReasonColumn:
        return Tr::tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags BatchLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == QuantityColumn || index.column() == ReasonColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BatchLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_lines.size())
        return false;
    BatchLine after = m_lines.at(index.row());
    if (index.column() == QuantityColumn) {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        // A count may find nothing; every other line moves at least one unit.
        if (!ok || quantity < (m_kind == BatchKind::Count ? 0 : 1))
            return false;
        after.quantity = quantity;
    } else if (index.column() == ReasonColumn) {
        after.reason = value.toString();
    } else {
        return false;
    }
    if (after == m_lines.at(index.row()))
        return true;
    if (m_editor)
        m_editor(index.row(), after);
    else
        setLine(index.row(), after);
    return true;
}

void BatchLineModel::insertLine(int row, const BatchLine &line)
{
    row = qBound(0, row, int(m_lines.size()));
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
    emit linesChanged();
}

void BatchLineModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

void BatchLineModel::setLine(int row, const BatchLine &line)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row] = line;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit linesChanged();
}

void BatchLineModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
    emit linesChanged();
}

int BatchLineModel::rowOf(const QString &sku, const QString &location,
                          const QString &toLocation) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        const BatchLine &line = m_lines.at(row);
        if (line.sku == sku && line.location == location && line.toLocation == toLocation)
            return row;
    }
    return -1;
}

QJsonArray BatchLineModel::toJson(const QString &reasonPrefix) const
{
    QJsonArray array;
    for (const BatchLine &line : m_lines) {
        QString reason = line.reason.trimmed();
        if (!reasonPrefix.isEmpty())
            reason = reason.isEmpty() ? reasonPrefix : reasonPrefix + u": "_s + reason;
        QJsonObject object{{u"sku"_s, line.sku}, {u"reason"_s, reason}};
        switch (m_kind) {
        case BatchKind::Receive:
            object.insert(u"kind"_s, u"receipt"_s);
            object.insert(u"quantity"_s, line.quantity);
            object.insert(u"location"_s, line.location);
            break;
        case BatchKind::Count:
            object.insert(u"kind"_s, u"adjustment"_s);
            object.insert(u"counted"_s, line.quantity);
            object.insert(u"location"_s, line.location);
            break;
        case BatchKind::Remove:
            object.insert(u"kind"_s, u"removal"_s);
            object.insert(u"quantity"_s, -line.quantity);
            object.insert(u"location"_s, line.location);
            break;
        case BatchKind::Transfer:
            object.insert(u"kind"_s, u"transfer"_s);
            object.insert(u"quantity"_s, line.quantity);
            object.insert(u"from_location"_s, line.location);
            object.insert(u"to_location"_s, line.toLocation);
            break;
        }
        array.append(object);
    }
    return array;
}

} // namespace shopdesk::client
