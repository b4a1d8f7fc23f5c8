#pragma once

#include "domain/lowstockitem.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace shopdesk::client {
template<typename Row>
class RowTableModel;
class WarehouseService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// Products below their minimum, per location; minimums are set here. It follows stock as it
// changes and says when a product newly falls below its minimum.
class LowStockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LowStockWidget(client::WarehouseService *service, QWidget *parent = nullptr);

    void refresh();
    // Refreshes soon (stock changes come in bursts).
    void scheduleRefresh();
    void setLocations(const QStringList &names);

    QTableView *table() const { return m_table; }
    MessageBar *messages() const { return m_messages; }

signals:
    void refreshed();
    // Products (as "SKU at location") that fell below their minimum since the last look.
    void newlyLow(const QStringList &entries);

private:
    void setMinimum();

    client::WarehouseService *m_service;
    client::RowTableModel<LowStockItem> *m_model;
    QTableView *m_table;
    QLineEdit *m_sku;
    QComboBox *m_location;
    QSpinBox *m_minimum;
    QPushButton *m_set;
    MessageBar *m_messages;
    QTimer *m_refreshTimer;
    QSet<QString> m_low;
    bool m_loaded = false;
};

} // namespace shopdesk::ui
