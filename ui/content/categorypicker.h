#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace shopdesk::ui {

class CategoryBrowser;
class CategoryTreeModel;

// Chooses a product's category from the tree of those that exist, by mouse or keyboard
// (type to filter, arrows, Enter; Esc cancels), and adds a sub-category under the selected
// node (or a top-level one when nothing is selected).
class CategoryPicker : public QDialog
{
    Q_OBJECT
public:
    explicit CategoryPicker(QWidget *parent = nullptr);

    CategoryBrowser *browser() const { return m_browser; }
    QLineEdit *newNameEdit() const { return m_newName; }

    void setPaths(const QStringList &paths);
    // Selects the node of path (added to the tree if it is not there yet).
    void setCurrentPath(const QString &path);
    // The chosen category path.
    QString path() const;
    // A new node named name under the selected one, selected; false for an empty name or one
    // with "/".
    bool addSubCategory(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    CategoryTreeModel *m_model;
    CategoryBrowser *m_browser;
    QLineEdit *m_newName;
    QPushButton *m_add;
    QPushButton *m_choose;
};

} // namespace shopdesk::ui
