#include "admin/catalogueview.h"

#include "admin/pricechangedialog.h"
#include "admin/productdialog.h"
#include "client/admin/catalogueservice.h"
#include "client/errortext.h"
#include "client/tablecell.h"
#include "common/messagebar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString priceText(const Product &product)
{
    const auto price = product.price();
    return price ? price->format() : QString::number(product.priceMinor);
}

QString taxText(const Product &product)
{
    return QLocale().toString(double(product.taxRateBp) / 100, 'f', 2) + u" %"_s;
}

} // namespace

QString CatalogueView::refusalText(const Error &error)
{
    const QString sku = error.details.value(u"sku"_s).toString();
    if (error.code == u"barcode_exists"_s)
        return tr("This barcode belongs to product %1 already.").arg(sku);
    if (error.code == u"sku_exists"_s)
        return tr("A product with SKU %1 exists already.").arg(sku);
    if (error.code == u"invalid_tax_rate"_s)
        return tr("A tax rate lies between 0 and 100 %.");
    if (error.code == u"invalid_amount"_s)
        return tr("The price is negative or too large.");
    return client::ErrorText::describe(error);
}

CatalogueView::CatalogueView(client::CatalogueService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new Model(
          {
              {tr("SKU"), [](const Product &p) { return client::TableCell::text(p.sku); }},
              {tr("Name"), [](const Product &p) { return client::TableCell::text(p.name); }},
              {tr("Category"),
               [](const Product &p) { return client::TableCell::text(p.category); }},
              {tr("Barcode"), [](const Product &p) { return client::TableCell::text(p.barcode); }},
              {tr("Price"), [](const Product &p) { return client::TableCell::text(priceText(p)); }},
              {tr("Tax rate"),
               [](const Product &p) { return client::TableCell::text(taxText(p)); }},
              {tr("Status"),
               [](const Product &p) {
                   return client::TableCell::text(p.archived ? tr("Archived") : tr("Active"));
               }},
          },
          this))
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(tr("Show &archived"), this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New product…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_archive(new QPushButton(tr("Ar&chive"), this))
    , m_prices(new QPushButton(tr("Change &prices…"), this))
    , m_message(new MessageBar(this))
{
    setObjectName(u"catalogueView"_s);
    m_search->setObjectName(u"catalogueSearch"_s);
    m_search->setAccessibleName(tr("Search products"));
    m_search->setPlaceholderText(tr("SKU, name or barcode"));
    m_search->setClearButtonEnabled(true);
    m_showArchived->setObjectName(u"catalogueShowArchived"_s);
    m_table->setObjectName(u"catalogueTable"_s);
    m_table->setAccessibleName(tr("Products"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_new->setObjectName(u"newProduct"_s);
    m_edit->setObjectName(u"editProduct"_s);
    m_archive->setObjectName(u"archiveProduct"_s);
    m_prices->setObjectName(u"changePrices"_s);
    m_message->setObjectName(u"catalogueMessage"_s);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_search, 1);
    filter->addWidget(m_showArchived);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_archive);
    actions->addStretch();
    actions->addWidget(m_prices);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(filter);
    layout->addLayout(actions);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogueView::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &CatalogueView::reload);
    connect(m_new, &QPushButton::clicked, this, &CatalogueView::startNewProduct);
    connect(m_edit, &QPushButton::clicked, this, &CatalogueView::startEditProduct);
    connect(m_archive, &QPushButton::clicked, this, &CatalogueView::toggleArchived);
    connect(m_prices, &QPushButton::clicked, this, &CatalogueView::startPriceChange);
    connect(m_table, &QTableView::doubleClicked, this, &CatalogueView::startEditProduct);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogueView::updateButtons);
    updateButtons();
    reload();
}

void CatalogueView::reload()
{
    m_loading = true;
    const int generation = ++m_generation;
    QPointer<CatalogueView> self(this);
    m_service->list(m_search->text().trimmed(), m_showArchived->isChecked(),
                    [self, generation](const Result<QList<Product>> &products) {
                        // Only the answer to the newest search counts.
                        if (!self || generation != self->m_generation)
                            return;
                        self->m_loading = false;
                        if (!products) {
                            self->m_message->showMessage(refusalText(products.error()),
                                                         MessageBar::Kind::Error);
                            return;
                        }
                        const QString chosen = self->selected() ? self->selected()->sku : QString();
                        self->m_model->setRows(products.value());
                        if (!chosen.isEmpty())
                            self->selectProduct(chosen);
                        self->updateButtons();
                        emit self->reloaded();
                    });
}

void CatalogueView::selectProduct(const QString &sku)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).sku == sku) {
            m_table->selectRow(row);
            return;
        }
    }
}

const Product *CatalogueView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->row(rows.first().row());
}

void CatalogueView::updateButtons()
{
    const Product *product = selected();
    m_edit->setEnabled(product != nullptr);
    m_archive->setEnabled(product != nullptr);
    m_archive->setText(product && product->archived ? tr("&Unarchive") : tr("Ar&chive"));
}

QString CatalogueView::currency() const
{
    for (const Product &product : m_model->rows()) {
        if (!product.currency.isEmpty())
            return product.currency;
    }
    return u"EUR"_s;
}

ProductDialog *CatalogueView::openProductDialog(const Product *product)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ProductDialog(currency(), product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    QPointer<CatalogueView> self(this);
    connect(dialog, &ProductDialog::submitted, this, [self, dialog] {
        const client::ProductDraft draft = dialog->draft();
        const bool isNew = dialog->isNew();
        QPointer<ProductDialog> open(dialog);
        const auto done = [self, open, isNew](const Result<Product> &product) {
            if (!product) {
                if (open)
                    open->showProblem(refusalText(product.error()));
                return;
            }
            if (open)
                open->accept();
            if (!self)
                return;
            self->m_message->showMessage(isNew ? tr("Product %1 was created.").arg(product->sku)
                                               : tr("Product %1 was saved.").arg(product->sku));
            self->reload();
        };
        if (isNew)
            self->m_service->create(draft, done);
        else
            self->m_service->update(draft.sku, draft, done);
    });
    dialog->show();
    return dialog;
}

ProductDialog *CatalogueView::startNewProduct()
{
    return openProductDialog(nullptr);
}

ProductDialog *CatalogueView::startEditProduct()
{
    const Product *product = selected();
    return product ? openProductDialog(product) : nullptr;
}

void CatalogueView::toggleArchived()
{
    const Product *product = selected();
    if (!product)
        return;
    const QString sku = product->sku;
    const bool archive = !product->archived;
    QPointer<CatalogueView> self(this);
    m_service->setArchived(sku, archive, [self, sku, archive](const Result<Product> &result) {
        if (!self)
            return;
        if (!result) {
            self->m_message->showMessage(refusalText(result.error()), MessageBar::Kind::Error);
            return;
        }
        self->m_message->showMessage(
            archive
                ? tr("Product %1 is archived: it keeps its history but cannot be ordered.").arg(sku)
                : tr("Product %1 can be ordered again.").arg(sku));
        self->reload();
    });
}

PriceChangeDialog *CatalogueView::startPriceChange()
{
    if (m_priceDialog)
        m_priceDialog->close();
    QSet<QString> seen;
    QStringList categories;
    for (const Product &product : m_model->rows()) {
        if (!product.category.isEmpty() && !seen.contains(product.category)) {
            seen.insert(product.category);
            categories.append(product.category);
        }
    }
    categories.sort();
    auto *dialog = new PriceChangeDialog(m_service, categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_priceDialog = dialog;
    connect(dialog, &PriceChangeDialog::applied, this, [this](int count) {
        m_message->showMessage(tr("%n price(s) changed.", nullptr, count));
        reload();
    });
    dialog->show();
    return dialog;
}

} // namespace shopdesk::ui
