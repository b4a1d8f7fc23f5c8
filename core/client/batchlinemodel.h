#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

#include <functional>

namespace shopdesk::client {

// What a warehouse batch does: every line of one batch is of the same kind.
enum class BatchKind { Receive, Count, Remove, Transfer };

// One line of a batch as the officer enters it: a product and a count of units (for a count,
// the units found), where, and why.
struct BatchLine
{
    QString sku;
    QString name;
    qint64 quantity = 0;
    QString location;   // receive, count, remove
    QString toLocation; // transfer (from is `location`)
    QString reason;

    friend bool operator==(const BatchLine &a, const BatchLine &b)
    {
        return a.sku == b.sku && a.name == b.name && a.quantity == b.quantity &&
               a.location == b.location && a.toLocation == b.toLocation && a.reason == b.reason;
    }
};

// The lines of the batch being entered, before it is posted (POST /movements/batch). Edits
// made in a view go through the editor hook when one is set, so they can be undone.
class BatchLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SkuColumn,
        NameColumn,
        QuantityColumn,
        LocationColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit BatchLineModel(QObject *parent = nullptr);

    BatchKind kind() const { return m_kind; }
    void setKind(BatchKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<BatchLine> &lines() const { return m_lines; }
    const BatchLine &line(int row) const { return m_lines.at(row); }
    void insertLine(int row, const BatchLine &line);
    void removeLine(int row);
    void setLine(int row, const BatchLine &line);
    void clear();
    // The row of the line for sku at location (and toLocation for a transfer), or -1.
    int rowOf(const QString &sku, const QString &location, const QString &toLocation = {}) const;

    // Called instead of changing a line when a view edits it (see QUndoStack).
    void setEditor(std::function<void(int row, const BatchLine &after)> editor)
    {
        m_editor = std::move(editor);
    }

    // The request's lines; reasonPrefix goes before each line's reason ("damage: ...").
    QJsonArray toJson(const QString &reasonPrefix = {}) const;

signals:
    void linesChanged();

private:
    QList<BatchLine> m_lines;
    BatchKind m_kind = BatchKind::Receive;
    std::function<void(int, const BatchLine &)> m_editor;
};

} // namespace shopdesk::client
