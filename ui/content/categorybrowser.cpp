#include "content/categorybrowser.h"

#include "content/categorytreemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CategoryBrowser::CategoryBrowser(CategoryTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A match keeps its parents (recursive) and its own sub-categories (children accepted).
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_filter->setObjectName(u"categoryFilter"_s);
    m_filter->setAccessibleName(tr("Filter categories"));
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"categoryTree"_s);
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->expandAll();
    m_filter->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CategoryBrowser::filterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentPageChanged(currentPage()); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit chosen(currentPage());
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
}

QString CategoryBrowser::currentPath() const
{
    return m_tree->currentIndex().data(CategoryTreeModel::PathRole).toString();
}

QString CategoryBrowser::currentPage() const
{
    return m_tree->currentIndex().data(CategoryTreeModel::PageRole).toString();
}

void CategoryBrowser::select(const QModelIndex &sourceIndex)
{
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid() && sourceIndex.isValid()) {
        // Hidden by the filter: the user asked for this node, so the filter gives way.
        m_filter->clear();
        index = m_proxy->mapFromSource(sourceIndex);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void CategoryBrowser::filterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    if (text.trimmed().isEmpty())
        return;
    // The first node whose own name matches, depth first, so Enter picks what was typed.
    QList<QModelIndex> pending;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        pending.append(m_proxy->index(row, 0));
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeFirst();
        if (index.data().toString().contains(text.trimmed(), Qt::CaseInsensitive)) {
            m_tree->setCurrentIndex(index);
            return;
        }
        QList<QModelIndex> children;
        for (int row = 0; row < m_proxy->rowCount(index); ++row)
            children.append(m_proxy->index(row, 0, index));
        pending = children + pending;
    }
}

bool CategoryBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            m_tree->setFocus();
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tree->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_tree->currentIndex().isValid()) {
            emit chosen(currentPage());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace shopdesk::ui
