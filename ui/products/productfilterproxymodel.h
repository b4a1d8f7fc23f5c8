#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QStringList>

namespace shopdesk::client {
class ProductTableModel;
}

namespace shopdesk::ui {

// Sorting and search-as-you-type over the product table, built for 100,000 rows.
//
// It keeps every product in sort order once (re-sorted only when the sort column changes),
// so a keystroke is one pass over that order with the source model's prepared search keys:
// no re-sorting, no QVariant per row, and one reset of the visible list instead of thousands
// of removed and inserted ranges. Two things keep a keystroke short on 100,000 rows: each
// product's search key has a 64-bit mask of the characters in it, so most rows fail a word
// without a substring search; and the lists shown for the prefixes of the current query are
// kept, so erasing a letter shows the list it had at once. Changes from sync arrive row by row and
// leave it row by row: dataChanged where the row stays put, a move, insert or removal of that one
// row where its new figures move it (large bursts, such as a first sync, are folded into one
// refresh).
class ProductFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ProductFilterProxyModel(QObject *parent = nullptr);

    void setProductModel(client::ProductTableModel *model);
    // Every word must appear in the SKU, name, barcode or category, in any case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setOnlyAvailable(bool only);
    bool onlyAvailable() const { return m_onlyAvailable; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool accepts(int sourceRow) const;
    static quint64 charMask(QStringView text);
    void updateMask(int sourceRow);
    void rebuildMasks();
    // The source or the order changed: lists kept for earlier queries are stale.
    void forgetPrefixes() { m_prefixes.clear(); }
    bool lessThan(int left, int right) const;
    void sortAll();
    QList<int> filtered(const QList<int> &candidates) const;
    void refilter(bool narrowing);
    void rebuildProxyRows(qsizetype from = 0);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateRow(int sourceRow, bool orderMayChange);

    client::ProductTableModel *m_products = nullptr;
    QString m_text;
    QStringList m_words;
    QList<quint64> m_wordMasks; // charMask() of each word
    QList<quint64> m_masks;     // source row -> charMask() of its search key
    struct Prefix
    {
        QString text;
        QList<int> visible;
    };
    QList<Prefix> m_prefixes; // the lists shown for prefixes of m_text, shortest first
    bool m_onlyAvailable = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order;      // every source row, in sort order
    QList<int> m_visible;    // the rows shown, in sort order
    QList<int> m_proxyRowOf; // source row -> proxy row, or -1
};

} // namespace shopdesk::ui
