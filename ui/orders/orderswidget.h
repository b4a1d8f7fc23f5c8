#pragma once

#include <QWidget>

class QTabWidget;

namespace shopdesk::sync {
class ClientSession;
class CustomerDirectory;
class OrderListModel;
class OrdersService;
class ProductTableModel;
} // namespace shopdesk::sync

namespace shopdesk::ui {

class OrderDetailWidget;
class OrderIntakeWidget;
class OrderListView;

// The Orders module: taking a new order (for roles that may place orders), and the live list
// of orders with the chosen one's detail beside it.
class OrdersWidget : public QWidget
{
    Q_OBJECT
public:
    OrdersWidget(sync::ClientSession *session, sync::ProductTableModel *products,
                 QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    OrderIntakeWidget *intake() const { return m_intake; } // nullptr where the role may not order
    OrderListView *list() const { return m_list; }
    OrderDetailWidget *detail() const { return m_detail; }
    sync::OrderListModel *listModel() const { return m_model; }

    void showIntake();
    // Shows the order in the list and its detail.
    void showOrder(qint64 localId);

private:
    sync::CustomerDirectory *m_directory;
    sync::OrdersService *m_service;
    sync::OrderListModel *m_model;
    QTabWidget *m_tabs;
    OrderIntakeWidget *m_intake = nullptr;
    OrderListView *m_list;
    OrderDetailWidget *m_detail;
};

} // namespace shopdesk::ui
