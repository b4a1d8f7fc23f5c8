#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace shopdesk::sync {
class ProductTableModel;
}

namespace shopdesk::ui {

// Sorting and search-as-you-type over the product table. Matching reads the source model's
// prepared search keys directly (no QVariant per row), so a keystroke stays fast at 100,000
// products; sorting compares raw numbers and strings the same way.
class ProductFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProductFilterProxyModel(QObject *parent = nullptr);

    void setProductModel(sync::ProductTableModel *model);
    // Every word must appear in the SKU, name, barcode or category, in any case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setOnlyAvailable(bool only);
    bool onlyAvailable() const { return m_onlyAvailable; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    sync::ProductTableModel *m_products = nullptr;
    QString m_text;
    QStringList m_words;
    bool m_onlyAvailable = false;
};

} // namespace shopdesk::ui
