#pragma once

#include "domain/result.h"

#include <QJsonArray>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace shopdesk::client {
class JsonTableModel;
class WarehouseService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// Paid orders waiting to ship, line by line with where to pick the units; printable and
// exportable as PDF. The selected order ships with a carrier and tracking number.
class PickListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PickListWidget(client::WarehouseService *service, QWidget *parent = nullptr);

    void refresh();
    Result<void> exportPdf(const QString &path) const;
    // The order of the selected line, or 0.
    qint64 selectedOrder() const;
    bool selectOrder(qint64 orderId);

    const QJsonArray &orders() const { return m_orders; }
    QTableView *table() const { return m_table; }
    QLineEdit *carrierField() const { return m_carrier; }
    QLineEdit *trackingField() const { return m_tracking; }
    QPushButton *shipButton() const { return m_ship; }
    MessageBar *messages() const { return m_messages; }

signals:
    void refreshed();
    void shipped(qint64 orderId);

private:
    void ship();
    void print();
    void exportChosen();
    void updateButtons();

    client::WarehouseService *m_service;
    client::JsonTableModel *m_model;
    QJsonArray m_orders;
    QTableView *m_table;
    QLineEdit *m_carrier;
    QLineEdit *m_tracking;
    QPushButton *m_ship;
    QPushButton *m_refresh;
    QPushButton *m_pdf;
    QPushButton *m_print;
    MessageBar *m_messages;
};

} // namespace shopdesk::ui
