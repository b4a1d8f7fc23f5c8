#include "content/categorypicker.h"

#include "content/categorybrowser.h"
#include "content/categorytreemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CategoryPicker::CategoryPicker(QWidget *parent)
    : QDialog(parent)
    , m_model(new CategoryTreeModel(this))
    , m_browser(new CategoryBrowser(m_model, this))
    , m_newName(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add sub-category"), this))
{
    setWindowTitle(tr("Choose a category"));
    setObjectName(u"categoryPicker"_s);
    m_newName->setObjectName(u"newCategory"_s);
    m_newName->setAccessibleName(tr("New sub-category name"));
    m_newName->setPlaceholderText(tr("New sub-category name"));
    m_newName->setMaxLength(100);
    m_add->setObjectName(u"addCategory"_s);
    m_add->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_choose = buttons->button(QDialogButtonBox::Ok);
    m_choose->setText(tr("Choose"));
    m_choose->setObjectName(u"chooseCategory"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelCategory"_s);

    auto *add = new QHBoxLayout;
    add->addWidget(m_newName, 1);
    add->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(add);
    layout->addWidget(buttons);
    resize(380, 440);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &CategoryBrowser::chosen, this, [this] {
        if (!path().isEmpty())
            accept();
    });
    connect(m_browser, &CategoryBrowser::currentPageChanged, this,
            [this] { m_choose->setEnabled(!path().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addSubCategory(m_newName->text()))
            m_newName->clear();
    });
    m_choose->setEnabled(false);
    m_browser->filterEdit()->setFocus();
}

void CategoryPicker::keyPressEvent(QKeyEvent *event)
{
    // Enter in the name field adds the node rather than choosing and closing.
    if (m_newName->hasFocus() &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        m_add->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CategoryPicker::setPaths(const QStringList &paths)
{
    m_model->setPaths(paths);
}

void CategoryPicker::setCurrentPath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return;
    QModelIndex index = m_model->indexOfPath(path);
    if (!index.isValid())
        index = m_model->addPath(path);
    m_browser->select(index);
}

QString CategoryPicker::path() const
{
    return m_browser->currentPath();
}

bool CategoryPicker::addSubCategory(const QString &name)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty() || clean.contains(u'/'))
        return false;
    const QString parent = path();
    const QModelIndex index = m_model->addPath(parent.isEmpty() ? clean : parent + u'/' + clean);
    m_browser->select(index);
    m_browser->tree()->setFocus();
    return true;
}

} // namespace shopdesk::ui
