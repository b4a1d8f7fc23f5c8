#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace shopdesk::client {
class ProductTableModel;
}

namespace shopdesk::ui {

class ProductFilterProxyModel;

// The Products module: every product with its live stock, searchable as you type and
// sortable by any column. Rows change in place as the server's changes arrive.
class ProductsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProductsView(client::ProductTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    ProductFilterProxyModel *proxy() const { return m_proxy; }

    // Shows the product: clears a search that hides it, selects and scrolls to its row.
    bool showProduct(const QString &sku);
    QString currentSku() const;
    void focusSearch();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

private:
    void updateCount();
    void keepCurrent(const QString &sku);

    client::ProductTableModel *m_model;
    ProductFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_onlyAvailable;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace shopdesk::ui
