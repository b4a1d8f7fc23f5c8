#pragma once

#include "domain/picklistentry.h"
#include "domain/result.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shopdesk::client {
template<typename Row>
class RowTableModel;
class WarehouseService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// Paid orders waiting to ship, line by line with where to pick the units and the order's
// notes (gift wrap, a delivery time), which stand out in the list and in full under it for
// the selected order; printable and exportable as PDF. The selected order ships with a
// carrier and tracking number.
class PickListWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column { OrderColumn, CustomerColumn, NotesColumn, SkuColumn, ProductColumn };

    explicit PickListWidget(client::WarehouseService *service, QWidget *parent = nullptr);

    void refresh();
    Result<void> exportPdf(const QString &path) const;
    // The order of the selected line, or 0.
    qint64 selectedOrder() const;
    bool selectOrder(qint64 orderId);

    const QList<PickListEntry> &orders() const { return m_orders; }
    QTableView *table() const { return m_table; }
    // The selected order's notes in full; hidden when it has none.
    QLabel *notesLabel() const { return m_notes; }
    QLineEdit *carrierField() const { return m_carrier; }
    QLineEdit *trackingField() const { return m_tracking; }
    QPushButton *shipButton() const { return m_ship; }
    MessageBar *messages() const { return m_messages; }

signals:
    void refreshed();
    void shipped(qint64 orderId);

private:
    // One order line; the order's columns repeat so any row selects it.
    struct Row
    {
        OrderId orderId;
        QString customer;
        QString notes;
        OrderLine line;
        PickLine pick;
        bool stockAtRisk = false;
    };

    void ship();
    void print();
    void exportChosen();
    void updateButtons();
    void showNotes();

    client::WarehouseService *m_service;
    client::RowTableModel<Row> *m_model;
    QList<PickListEntry> m_orders;
    QTableView *m_table;
    QLabel *m_notes;
    QLineEdit *m_carrier;
    QLineEdit *m_tracking;
    QPushButton *m_ship;
    QPushButton *m_refresh;
    QPushButton *m_pdf;
    QPushButton *m_print;
    MessageBar *m_messages;
};

} // namespace shopdesk::ui
