#pragma once

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTimer;

namespace shopdesk::client {
class WarehouseService;
}

namespace shopdesk::ui {

class BatchEntryWidget;
class LowStockWidget;
class MovementHistoryWidget;
class PickListWidget;
class ReturnReceivingWidget;

// The Warehouse module: batch entry (receive, count, remove, transfer) with scanner input,
// low stock, the pick list with shipping, and the movement history.
class WarehouseView : public QWidget
{
    Q_OBJECT
public:
    explicit WarehouseView(client::WarehouseService *service, QWidget *parent = nullptr);

    // Loads locations, low stock and the pick list.
    void refresh();
    void reloadLocations();
    // Adds the Returns tab next to the pick list (for those who receive returns).
    void addReturns(ReturnReceivingWidget *returns);

    QTabWidget *tabs() const { return m_tabs; }
    BatchEntryWidget *batchEntry() const { return m_batch; }
    LowStockWidget *lowStock() const { return m_low; }
    PickListWidget *pickList() const { return m_pick; }
    MovementHistoryWidget *history() const { return m_history; }

signals:
    void locationsLoaded(const QStringList &names);

private:
    void newLocation();

    client::WarehouseService *m_service;
    QTabWidget *m_tabs;
    BatchEntryWidget *m_batch;
    LowStockWidget *m_low;
    PickListWidget *m_pick;
    MovementHistoryWidget *m_history;
    QPushButton *m_newLocation;
    QTimer *m_pickRefresh;
};

} // namespace shopdesk::ui
