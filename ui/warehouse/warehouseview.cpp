#include "warehouse/warehouseview.h"

#include "client/localcache.h"
#include "client/warehouseservice.h"
#include "common/messagebar.h"
#include "warehouse/batchentrywidget.h"
#include "warehouse/lowstockwidget.h"
#include "warehouse/movementhistorywidget.h"
#include "warehouse/picklistwidget.h"
#include "warehouse/returnreceivingwidget.h"

#include <QInputDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

WarehouseView::WarehouseView(client::WarehouseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_batch(new BatchEntryWidget(service, this))
    , m_low(new LowStockWidget(service, this))
    , m_pick(new PickListWidget(service, this))
    , m_history(new MovementHistoryWidget(service, this))
    , m_newLocation(new QPushButton(tr("&New location…"), this))
    , m_pickRefresh(new QTimer(this))
{
    m_tabs->addTab(m_batch, tr("Batch entry"));
    m_tabs->addTab(m_low, tr("Low stock"));
    m_tabs->addTab(m_pick, tr("Pick list"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setCornerWidget(m_newLocation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_batch);

    m_pickRefresh->setSingleShot(true);
    m_pickRefresh->setInterval(300);
    connect(m_pickRefresh, &QTimer::timeout, m_pick, &PickListWidget::refresh);
    connect(m_newLocation, &QPushButton::clicked, this, &WarehouseView::newLocation);
    connect(m_batch, &BatchEntryWidget::posted, m_low, &LowStockWidget::scheduleRefresh);
    connect(m_pick, &PickListWidget::shipped, m_low, &LowStockWidget::scheduleRefresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_history)
            m_history->refresh();
        else if (m_tabs->widget(index) == m_pick)
            m_pick->refresh();
    });
    // Stock and orders changed by anyone show here without a click.
    if (client::LocalCache *cache = service->cache()) {
        connect(cache, &client::LocalCache::productsChanged, m_low,
                &LowStockWidget::scheduleRefresh);
        connect(cache, &client::LocalCache::productsChanged, m_pickRefresh,
                qOverload<>(&QTimer::start));
        connect(cache, &client::LocalCache::orderChanged, m_pickRefresh,
                qOverload<>(&QTimer::start));
    }
    refresh();
}

void WarehouseView::refresh()
{
    reloadLocations();
    m_low->refresh();
    m_pick->refresh();
}

void WarehouseView::reloadLocations()
{
    m_service->locations(
        [this, guard = QPointer<WarehouseView>(this)](const Result<QList<StockLocation>> &result) {
            if (!guard || !result)
                return;
            QStringList names;
            for (const StockLocation &location : result.value())
                names.append(location.name);
            m_batch->setLocations(names);
            m_low->setLocations(names);
            emit locationsLoaded(names);
        });
}

void WarehouseView::newLocation()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New location"), tr("Name of the warehouse, room or bin:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_service->createLocation(
        name, QString(),
        [this, guard = QPointer<WarehouseView>(this), name](const Result<StockLocation> &result) {
            if (!guard)
                return;
            if (!result) {
                m_batch->messages()->showMessage(result.error().message, MessageBar::Kind::Error);
                return;
            }
            m_batch->messages()->showMessage(tr("Location %1 created.").arg(name));
            reloadLocations();
        });
}

void WarehouseView::addReturns(ReturnReceivingWidget *returns)
{
    m_tabs->insertTab(m_tabs->indexOf(m_pick) + 1, returns, tr("Returns"));
    connect(m_tabs, &QTabWidget::currentChanged, returns, [this, returns](int index) {
        if (m_tabs->widget(index) == returns)
            returns->reload();
    });
    connect(returns, &ReturnReceivingWidget::received, m_low, &LowStockWidget::scheduleRefresh);
}

} // namespace shopdesk::ui
