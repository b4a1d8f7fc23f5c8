#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace shopdesk::ui {

class CategoryTreeModel;

// The category tree with a filter field above it: typing narrows the tree to matching names
// (and their parents) and selects the first match; Down goes from the field into the tree,
// Enter in either chooses the selected node.
class CategoryBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryBrowser(CategoryTreeModel *model, QWidget *parent = nullptr);

    CategoryTreeModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }

    // The selected node's category path (empty for none or the home page) and page.
    QString currentPath() const;
    QString currentPage() const;
    // The node of a model index (source model) becomes the current one, shown.
    void select(const QModelIndex &sourceIndex);

signals:
    void currentPageChanged(const QString &page);
    void chosen(const QString &page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterChanged(const QString &text);

    CategoryTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
};

} // namespace shopdesk::ui
