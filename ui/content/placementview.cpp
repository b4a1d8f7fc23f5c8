#include "content/placementview.h"

#include "client/contentservice.h"
#include "common/logging.h"
#include "common/themecolors.h"
#include "content/categorybrowser.h"
#include "content/categorytreemodel.h"
#include "content/featuredslotsmodel.h"
#include "content/placementordermodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

void setUpDragAndDrop(QListView *view)
{
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
}

QString pageTitle(const QString &page)
{
    if (page == u"home"_s)
        return PlacementView::tr("Home page");
    return PlacementView::tr("Category page: %1").arg(page.mid(int(qstrlen("category:"))));
}

} // namespace

PlacementView::PlacementView(client::ContentService *service, bool mayPublish, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_mayPublish(mayPublish)
    , m_pageModel(new CategoryTreeModel(this))
    , m_pages(new CategoryBrowser(m_pageModel, this))
    , m_featured(new FeaturedSlotsModel(this))
    , m_order(new PlacementOrderModel(m_featured, this))
    , m_title(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_slotsView(new QListView(this))
    , m_orderView(new QListView(this))
    , m_feature(new QPushButton(tr("Feature in slot"), this))
    , m_unfeature(new QPushButton(tr("Remove from slot"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_save(new QPushButton(tr("Save placement"), this))
    , m_publish(new QPushButton(tr("Publish placement"), this))
{
    m_pageModel->setHomeNode(true);
    m_pages->setObjectName(u"placementPages"_s);
    m_pages->tree()->setAccessibleName(tr("Pages"));
    m_pages->filterEdit()->setAccessibleName(tr("Filter pages"));
    m_slotsView->setObjectName(u"featuredSlots"_s);
    m_slotsView->setAccessibleName(tr("Featured slots"));
    m_slotsView->setModel(m_featured);
    m_orderView->setObjectName(u"productOrder"_s);
    m_orderView->setAccessibleName(tr("Products in display order"));
    m_orderView->setModel(m_order);
    setUpDragAndDrop(m_slotsView);
    setUpDragAndDrop(m_orderView);
    // Room for the home page's four slots without scrolling.
    m_slotsView->setFixedHeight((m_slotsView->fontMetrics().height() + 6) * 4 + 12);
    m_slotsView->installEventFilter(this);
    m_orderView->installEventFilter(this);
    m_feature->setObjectName(u"featureProduct"_s);
    m_feature->setToolTip(tr("Feature the selected product in the selected slot"));
    m_unfeature->setObjectName(u"removeFromSlot"_s);
    m_unfeature->setToolTip(tr("Empty the selected slot (Delete)"));
    m_up->setObjectName(u"moveUp"_s);
    m_up->setToolTip(tr("Move the selected product up (Alt+Up)"));
    m_down->setObjectName(u"moveDown"_s);
    m_down->setToolTip(tr("Move the selected product down (Alt+Down)"));
    m_reload->setObjectName(u"reloadPlacement"_s);
    m_save->setObjectName(u"savePlacement"_s);
    m_publish->setObjectName(u"publishPlacement"_s);
    m_publish->setVisible(m_mayPublish);
    m_title->setObjectName(u"placementPage"_s);
    m_stateLabel->setObjectName(u"placementState"_s);
    m_message->setObjectName(u"placementMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *slotButtons = new QHBoxLayout;
    slotButtons->addWidget(m_feature);
    slotButtons->addWidget(m_unfeature);
    slotButtons->addStretch();
    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_up);
    orderButtons->addWidget(m_down);
    orderButtons->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_stateLabel, 1);
    actions->addWidget(m_reload);
    actions->addWidget(m_save);
    actions->addWidget(m_publish);

    auto *right = new QWidget(this);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);
    column->addWidget(m_message);
    auto *slotsLabel = new QLabel(tr("Featured slots — drop a product on a slot"), right);
    slotsLabel->setBuddy(m_slotsView);
    column->addWidget(slotsLabel);
    column->addWidget(m_slotsView);
    column->addLayout(slotButtons);
    auto *orderLabel = new QLabel(tr("Products in display order — drag to reorder"), right);
    orderLabel->setBuddy(m_orderView);
    column->addWidget(orderLabel);
    column->addWidget(m_orderView, 1);
    column->addLayout(orderButtons);
    column->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_pages, &CategoryBrowser::currentPageChanged, this, [this](const QString &page) {
        if (!page.isEmpty() && page != m_page)
            openPage(page);
    });
    connect(m_featured, &FeaturedSlotsModel::edited, this, [this] {
        m_dirty = true;
        showState();
    });
    connect(m_order, &PlacementOrderModel::edited, this, [this] {
        m_dirty = true;
        showState();
    });
    connect(m_feature, &QPushButton::clicked, this, &PlacementView::featureSelected);
    connect(m_unfeature, &QPushButton::clicked, this, &PlacementView::removeSelectedFromSlot);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_reload, &QPushButton::clicked, this, &PlacementView::refresh);
    connect(m_save, &QPushButton::clicked, this, &PlacementView::save);
    connect(m_publish, &QPushButton::clicked, this, &PlacementView::publish);
    showState();
}

QString PlacementView::message() const
{
    return m_message->text();
}

void PlacementView::setMessage(const QString &text, bool error)
{
    setStatusText(m_message, text, error);
}

void PlacementView::setBusy(bool busy)
{
    m_busy = busy;
    showState();
}

void PlacementView::refresh()
{
    QPointer<PlacementView> self(this);
    m_service->categories([self](const Result<QList<ContentCategory>> &result) {
        if (!self)
            return;
        if (!result) {
            qCWarning(lcUi) << "categories:" << result.error().message;
            return self->setMessage(
                tr("Could not read the categories: %1").arg(result.error().message), true);
        }
        QStringList paths;
        for (const ContentCategory &category : *result)
            paths.append(category.path);
        const QString page = self->m_page.isEmpty() ? u"home"_s : self->m_page;
        {
            const QSignalBlocker blocker(self->m_pages);
            self->m_pageModel->setPaths(paths);
            const QModelIndex index =
                page == u"home"_s ? self->m_pageModel->homeIndex()
                                  : self->m_pageModel->addPath(page.mid(int(qstrlen("category:"))));
            self->m_pages->select(index);
        }
        self->m_page.clear(); // so the page is read again
        self->openPage(page);
    });
}

void PlacementView::openPage(const QString &page)
{
    m_page = page;
    m_title->setText(pageTitle(page));
    setMessage({}, false);
    setBusy(true);
    QPointer<PlacementView> self(this);
    m_service->placement(page, [self, page](const Result<PagePlacement> &result) {
        if (!self || self->m_page != page)
            return;
        self->m_busy = false;
        if (!result) {
            self->setMessage(tr("Could not read the placement: %1").arg(result.error().message),
                             true);
            return self->showState();
        }
        self->showPlacement(*result);
    });
}

void PlacementView::showPlacement(const PagePlacement &placement)
{
    QHash<QString, QString> titles;
    QList<PlacementOrderModel::Product> all;
    for (const PagePlacement::Product &product : placement.products) {
        titles.insert(product.sku, product.title);
        all.append({product.sku, product.title, product.published});
    }
    // The saved order first, then the page's other products as the server lists them.
    QList<PlacementOrderModel::Product> ordered;
    for (const QString &sku : placement.layout.order) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].sku == sku) {
                ordered.append(all.takeAt(i));
                break;
            }
        }
    }
    ordered += all;
    m_featured->setSlots(placement.layout.featured, titles);
    m_order->setProducts(ordered, !placement.isHome());
    m_version = placement.version;
    m_publishedVersion = placement.publishedVersion;
    m_state = placement.state;
    m_dirty = false;
    if (m_order->rowCount() > 0)
        m_orderView->setCurrentIndex(m_order->index(0));
    if (m_featured->rowCount() > 0)
        m_slotsView->setCurrentIndex(m_featured->index(0));
    showState();
}

void PlacementView::showState()
{
    QString text;
    if (m_version == 0)
        text = tr("Never saved");
    else if (m_state == u"published"_s)
        text = tr("Version %1 · published").arg(m_version);
    else if (m_publishedVersion > 0)
        text = tr("Version %1 · draft (version %2 is live)").arg(m_version).arg(m_publishedVersion);
    else
        text = tr("Version %1 · draft, not published").arg(m_version);
    if (m_dirty)
        text += tr(" · <i>unsaved changes</i>");
    m_stateLabel->setText(text);
    const bool open = !m_page.isEmpty() && !m_busy;
    const bool reorderable = m_order->isReorderable();
    m_save->setEnabled(open);
    m_reload->setEnabled(!m_busy);
    m_publish->setEnabled(open && !m_dirty && m_version > 0 && m_state != u"published"_s);
    m_feature->setEnabled(open && m_order->rowCount() > 0);
    m_unfeature->setEnabled(open);
    m_up->setEnabled(open && reorderable);
    m_down->setEnabled(open && reorderable);
}

void PlacementView::featureSelected()
{
    const QModelIndex product = m_orderView->currentIndex();
    if (!product.isValid())
        return;
    int slot = m_slotsView->currentIndex().isValid() ? m_slotsView->currentIndex().row() : -1;
    // With the selected slot taken by another product, an empty one is the likelier aim.
    if (slot < 0 || (!m_featured->skus().value(slot).isEmpty() &&
                     m_featured->firstEmptySlot() >= 0 && !m_slotsView->hasFocus()))
        slot = m_featured->firstEmptySlot();
    if (slot < 0)
        slot = 0;
    if (m_featured->feature(product.data(PlacementOrderModel::SkuRole).toString(), slot))
        m_slotsView->setCurrentIndex(m_featured->index(slot));
}

void PlacementView::removeSelectedFromSlot()
{
    const QModelIndex slot = m_slotsView->currentIndex();
    if (slot.isValid())
        m_featured->clearSlot(slot.row());
}

void PlacementView::moveSelected(int step)
{
    const QModelIndex current = m_orderView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (m_order->moveProduct(current.row(), to))
        m_orderView->setCurrentIndex(m_order->index(to));
}

bool PlacementView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_orderView && key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (watched == m_orderView && key->modifiers() == Qt::NoModifier &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            featureSelected();
            return true;
        }
        if (watched == m_slotsView &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelectedFromSlot();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlacementView::save()
{
    if (m_busy || m_page.isEmpty())
        return;
    const QStringList featured = m_featured->skus();
    const QStringList order = m_order->isReorderable() ? m_order->skus() : QStringList();
    setBusy(true);
    setMessage(tr("Saving…"), false);
    QPointer<PlacementView> self(this);
    const QString page = m_page;
    m_service->savePlacement(
        page, featured, order, m_version, [self, page](const Result<PagePlacement> &result) {
            if (!self || self->m_page != page)
                return;
            self->m_busy = false;
            if (!result) {
                if (result.error().code == u"edit_conflict"_s) {
                    const auto newer = PagePlacement::theirsOf(result.error());
                    const qint64 theirs = newer ? newer->version : 0;
                    self->setMessage(tr("Someone saved this page's placement meanwhile "
                                        "(version %1). Nothing was saved: Reload to see "
                                        "theirs, then place again.")
                                         .arg(theirs),
                                     true);
                } else {
                    self->setMessage(tr("Not saved: %1").arg(result.error().message), true);
                }
                return self->showState();
            }
            self->m_version = result->version;
            self->m_publishedVersion = result->publishedVersion;
            self->m_state = result->state;
            self->m_dirty = false;
            self->setMessage(tr("Saved as version %1.").arg(self->m_version), false);
            self->showState();
        });
}

void PlacementView::publish()
{
    if (m_busy || m_page.isEmpty() || !m_mayPublish)
        return;
    setBusy(true);
    QPointer<PlacementView> self(this);
    const QString page = m_page;
    m_service->publishPlacement(page, m_version, [self, page](const Result<PagePlacement> &result) {
        if (!self || self->m_page != page)
            return;
        self->m_busy = false;
        if (!result) {
            self->setMessage(tr("Not published: %1").arg(result.error().message), true);
            return self->showState();
        }
        self->m_publishedVersion = result->publishedVersion;
        self->m_state = result->state;
        self->setMessage(tr("Published: the catalog now shows this placement."), false);
        self->showState();
    });
}

} // namespace shopdesk::ui
