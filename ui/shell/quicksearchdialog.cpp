#include "shell/quicksearchdialog.h"

#include "shell/quicksearchmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QuickSearchDialog::QuickSearchDialog(client::ProductTableModel *products, QWidget *parent)
    : QDialog(parent)
    , m_model(new QuickSearchModel(products, this))
    , m_query(new QLineEdit(this))
    , m_results(new QTreeView(this))
{
    setObjectName(u"quickSearch"_s);
    setWindowTitle(tr("Find product"));
    m_query->setObjectName(u"quickSearchQuery"_s);
    m_query->setPlaceholderText(tr("SKU, name or barcode"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setObjectName(u"quickSearchResults"_s);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(QuickSearchModel::NameColumn, QHeaderView::Stretch);
    m_results->setColumnWidth(QuickSearchModel::SkuColumn, 140);
    m_results->setColumnWidth(QuickSearchModel::AvailableColumn, 110);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    resize(620, 380);

    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_query, &QLineEdit::returnPressed, this, &QuickSearchDialog::choose);
    connect(m_results, &QTreeView::activated, this, &QuickSearchDialog::choose);
}

void QuickSearchDialog::popUp()
{
    m_query->clear();
    show();
    raise();
    activateWindow();
    m_query->setFocus();
}

bool QuickSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while the cursor stays in the field.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSearchDialog::choose()
{
    const QString sku = m_model->skuAt(m_results->currentIndex().row());
    if (sku.isEmpty())
        return;
    emit productChosen(sku);
    accept();
}

} // namespace shopdesk::ui
