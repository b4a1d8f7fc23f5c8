#pragma once

#include <QStandardItemModel>
#include <QStringList>

namespace shopdesk::ui {

// Category paths ("Kitchen/Knives") as a tree: one node a name, each node knowing its whole
// path. Optionally a "Home page" node first, for choosing a page of the website.
class CategoryTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { PathRole = Qt::UserRole + 1, PageRole };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    // The home page node at the top, its page "home"; category nodes have "category:<path>".
    void setHomeNode(bool shown);
    void setPaths(const QStringList &paths);
    QStringList paths() const;
    // Adds the path and every parent it needs; the index of its node.
    QModelIndex addPath(const QString &path);
    QModelIndex indexOfPath(const QString &path) const;
    QModelIndex homeIndex() const;

private:
    QStandardItem *childNamed(QStandardItem *parent, const QString &name) const;

    bool m_home = false;
};

} // namespace shopdesk::ui
