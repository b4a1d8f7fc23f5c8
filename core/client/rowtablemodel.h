#pragma once

#include "client/tablecell.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace shopdesk::client {

// A read-only table over typed rows (locations, low stock, pick list lines, ledger rows):
// each column makes the cell of a row.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<TableCell(const Row &)> cell;
    };

    explicit RowTableModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        return m_columns.at(index.column()).cell(m_rows.at(index.row())).data(role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
            return m_columns.at(section).title;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace shopdesk::client
