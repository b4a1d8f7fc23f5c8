#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace shopdesk::client {

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

    // Shows the text values of `field` through `text` (API codes in the user's words).
    void setValueText(const QString &field, std::function<QString(const QString &)> text);
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
    QHash<QString, std::function<QString(const QString &)>> m_valueText;
    QJsonArray m_rows;
};

} // namespace shopdesk::client
