#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace shopdesk::sync {

// A read-only table over JSON rows as the server lists them (locations, low stock, pick
// list lines, ledger rows): each column shows one field, numbers right-aligned.
class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString field;
        QString title;
    };

    explicit JsonTableModel(QList<Column> columns, QObject *parent = nullptr);

    void setRows(const QJsonArray &rows);
    const QJsonArray &rows() const { return m_rows; }
    QJsonObject row(int row) const { return m_rows.at(row).toObject(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QJsonArray m_rows;
};

} // namespace shopdesk::sync
