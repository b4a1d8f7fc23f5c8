#include "content/categorytreemodel.h"

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{}

void CategoryTreeModel::setHomeNode(bool shown)
{
    m_home = shown;
    setPaths(paths());
}

void CategoryTreeModel::setPaths(const QStringList &paths)
{
    clear();
    if (m_home) {
        auto *home = new QStandardItem(tr("Home page"));
        home->setEditable(false);
        home->setData(u"home"_s, PageRole);
        appendRow(home);
    }
    QStringList sorted = paths;
    sorted.sort(Qt::CaseInsensitive);
    for (const QString &path : sorted)
        addPath(path);
}

QStringList CategoryTreeModel::paths() const
{
    QStringList out;
    QList<QStandardItem *> pending;
    for (int row = 0; row < rowCount(); ++row)
        pending.append(item(row));
    while (!pending.isEmpty()) {
        QStandardItem *node = pending.takeFirst();
        const QString path = node->data(PathRole).toString();
        // Leaves name every path; a parent alone adds nothing its children do not.
        if (!path.isEmpty() && node->rowCount() == 0)
            out.append(path);
        for (int row = 0; row < node->rowCount(); ++row)
            pending.append(node->child(row));
    }
    return out;
}

QStandardItem *CategoryTreeModel::childNamed(QStandardItem *parent, const QString &name) const
{
    for (int row = 0; row < parent->rowCount(); ++row) {
        QStandardItem *child = parent->child(row);
        if (!child->data(PathRole).toString().isEmpty() && child->text() == name)
            return child;
    }
    return nullptr;
}

QModelIndex CategoryTreeModel::addPath(const QString &path)
{
    QStandardItem *node = invisibleRootItem();
    QStringList done;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        done.append(name);
        QStandardItem *child = childNamed(node, name);
        if (!child) {
            child = new QStandardItem(name);
            child->setEditable(false);
            child->setData(done.join(u'/'), PathRole);
            child->setData(u"category:"_s + done.join(u'/'), PageRole);
            // Siblings stay in name order as new ones arrive.
            int row = m_home && node == invisibleRootItem() ? 1 : 0;
            while (row < node->rowCount() &&
                   QString::compare(node->child(row)->text(), name, Qt::CaseInsensitive) < 0)
                ++row;
            node->insertRow(row, child);
        }
        node = child;
    }
    return node == invisibleRootItem() ? QModelIndex() : node->index();
}

QModelIndex CategoryTreeModel::indexOfPath(const QString &path) const
{
    QStandardItem *node = invisibleRootItem();
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        node = childNamed(node, part.trimmed());
        if (!node)
            return {};
    }
    return node == invisibleRootItem() ? QModelIndex() : node->index();
}

QModelIndex CategoryTreeModel::homeIndex() const
{
    return m_home && rowCount() > 0 ? index(0, 0) : QModelIndex();
}

} // namespace shopdesk::ui
