#pragma once

#include <QDialog>

class QLineEdit;
class QTreeView;

namespace shopdesk::client {
class ProductTableModel;
}

namespace shopdesk::ui {

class QuickSearchModel;

// Ctrl+K from anywhere: type part of a SKU or name, see what is available right now, press
// Enter to open the product.
class QuickSearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickSearchDialog(client::ProductTableModel *products, QWidget *parent = nullptr);

    QLineEdit *queryField() const { return m_query; }
    QTreeView *results() const { return m_results; }
    QuickSearchModel *model() const { return m_model; }
    // Clears the last query and shows the dialog with the cursor in the field.
    void popUp();

signals:
    void productChosen(const QString &sku);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    QuickSearchModel *m_model;
    QLineEdit *m_query;
    QTreeView *m_results;
};

} // namespace shopdesk::ui
