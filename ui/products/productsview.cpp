#include "products/productsview.h"

#include "client/producttablemodel.h"
#include "products/productfilterproxymodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shopdesk::client::ProductTableModel;

namespace shopdesk::ui {

ProductsView::ProductsView(ProductTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ProductFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_onlyAvailable(new QCheckBox(tr("Available only"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"productsView"_s);
    m_proxy->setProductModel(model);

    m_search->setObjectName(u"productSearch"_s);
    m_search->setPlaceholderText(tr("Search by SKU, name, barcode or category"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search products"));
    m_onlyAvailable->setObjectName(u"availableOnly"_s);
    m_onlyAvailable->setToolTip(tr("Hide products with nothing left to sell"));
    m_count->setObjectName(u"productCount"_s);

    m_table->setObjectName(u"productTable"_s);
    m_table->setAccessibleName(tr("Products"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductTableModel::SkuColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: no measuring of 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProductTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(ProductTableModel::SkuColumn, 12 * em);
    m_table->setColumnWidth(ProductTableModel::NameColumn, 26 * em);
    m_table->setColumnWidth(ProductTableModel::CategoryColumn, 12 * em);
    m_table->setColumnWidth(ProductTableModel::PriceColumn, 8 * em);
    for (int column : {ProductTableModel::OnHandColumn, ProductTableModel::ReservedColumn,
                       ProductTableModel::AvailableColumn})
        m_table->setColumnWidth(column, 6 * em);
    // Never narrower than the column's title in the user's language (its bold sort font and
    // the sort arrow included); measured on the header, not the 100,000 rows.
    QFont titleFont = header->font();
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int needed = titleMetrics.horizontalAdvance(title) + 3 * em;
        if (m_table->columnWidth(column) < needed)
            m_table->setColumnWidth(column, needed);
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_onlyAvailable);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    // A new search is a new list; the product the user was on stays current if it is in it.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString sku = currentSku();
        m_proxy->setSearchText(text);
        keepCurrent(sku);
    });
    connect(m_onlyAvailable, &QCheckBox::toggled, this, [this](bool only) {
        const QString sku = currentSku();
        m_proxy->setOnlyAvailable(only);
        keepCurrent(sku);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ProductsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProductsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProductsView::updateCount);
    connect(model, &client::ProductTableModel::loaded, this, &ProductsView::updateCount);
    updateCount();
}

void ProductsView::updateCount()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Loading products…"));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    const QString total = tr("%Ln product(s)", nullptr, all);
    m_count->setText(shown == all ? total : tr("%1 of %2").arg(QLocale().toString(shown), total));
}

bool ProductsView::showProduct(const QString &sku)
{
    const int sourceRow = m_model->rowOfSku(sku);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_onlyAvailable->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

void ProductsView::keepCurrent(const QString &sku)
{
    const int sourceRow = sku.isEmpty() ? -1 : m_model->rowOfSku(sku);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
}

QString ProductsView::currentSku() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ProductTableModel::SkuRole).toString() : QString();
}

void ProductsView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QByteArray ProductsView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ProductsView::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // The saved sort order is the user's: apply it, not only its arrow.
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    header->setSectionResizeMode(ProductTableModel::NameColumn, QHeaderView::Stretch);
}

} // namespace shopdesk::ui
