#include "content/contentview.h"

#include "client/clientsession.h"
#include "client/contentservice.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/producttablemodel.h"
#include "client/rolepolicy.h"
#include "content/contentdocument.h"
#include "content/contenteditor.h"
#include "content/imagepanel.h"
#include "content/placementview.h"
#include "content/productpreview.h"
#include "content/reviewqueuewidget.h"
#include "content/revisionhistorywidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ContentView::ContentView(client::ClientSession *session, client::ProductTableModel *products,
                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_products(products ? products : new client::ProductTableModel(session->cache(), this))
    , m_service(new client::ContentService(session->api(), this))
    , m_document(new ContentDocument(this))
    , m_picker(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    const bool manager = client::RolePolicy::mayPublishContent(session->info().role);
    m_editor = new ContentEditor(m_service, m_document, this);
    m_images = new ImagePanel(m_service, this);
    m_preview = new ProductPreview(this);
    m_history = new RevisionHistoryWidget(m_service, manager, this);
    m_queue = new ReviewQueueWidget(m_service, manager, this);
    m_placement = new PlacementView(m_service, manager, this);
    m_picker->setObjectName(u"product"_s);
    m_picker->setAccessibleName(tr("Product"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setMinimumContentsLength(30);
    // The live product model, row by row: never a copy of the catalogue, and never a width
    // measured over every product.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setModel(m_products);
    m_picker->setModelColumn(client::ProductTableModel::NameColumn);
    m_picker->setCurrentIndex(-1);
    m_tabs->addTab(m_editor, tr("Page"));
    m_tabs->addTab(m_images, tr("Images"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_queue, tr("Review queue"));
    m_tabs->addTab(m_placement, tr("Placement"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Product"), this));
    top->addWidget(m_picker);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        openProduct(m_picker->itemData(index, client::ProductTableModel::SkuRole).toString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_preview)
            refreshPreview();
        else if (m_tabs->widget(index) == m_queue)
            m_queue->refresh();
        else if (m_tabs->widget(index) == m_placement)
            m_placement->refresh();
    });
    connect(m_images, &ImagePanel::imagesChanged, this, &ContentView::refreshPreview);
    connect(m_document, &ContentDocument::fieldChanged, this, &ContentView::refreshPreview);
    connect(m_document, &ContentDocument::reloaded, this, &ContentView::refreshPreview);
    connect(m_editor, &ContentEditor::contentChanged, this, [this] { m_history->refresh(); });
    connect(m_queue, &ReviewQueueWidget::openProduct, this, [this](const QString &sku) {
        openProduct(sku);
        m_tabs->setCurrentWidget(m_editor);
    });
    connect(m_queue, &ReviewQueueWidget::contentChanged, this, [this](const QString &sku) {
        if (sku == currentSku())
            openProduct(sku);
    });
    connect(m_history, &RevisionHistoryWidget::contentChanged, this,
            [this] { openProduct(currentSku()); });
}

QString ContentView::currentSku() const
{
    return m_document->sku();
}

void ContentView::openProduct(const QString &sku)
{
    if (sku.isEmpty())
        return;
    if (const int row = m_products->rowOfSku(sku); row >= 0)
        m_picker->setCurrentIndex(row);
    QPointer<ContentView> self(this);
    m_service->load(sku, [self, sku](const Result<ProductContent> &result) {
        if (!self)
            return;
        if (!result)
            return;
        ProductContent content = *result;
        content.sku = sku;
        self->m_document->load(content);
        self->m_images->setProduct(sku);
        self->m_history->setProduct(sku);
    });
}

void ContentView::refreshPreview()
{
    if (m_tabs->currentWidget() != m_preview)
        return;
    m_preview->showPage(m_document->fields(), m_session->cache()->queries()->product(currentSku()),
                        m_images->mainPixmap());
}

} // namespace shopdesk::ui
