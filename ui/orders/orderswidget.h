#pragma once

#include <QWidget>

class QTabWidget;

namespace shopdesk::client {
class ClientSession;
class CustomerDirectory;
class OrderListModel;
class OrdersService;
class ProductTableModel;
} // namespace shopdesk::client

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
    OrdersWidget(client::ClientSession *session, client::ProductTableModel *products,
                 QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    OrderIntakeWidget *intake() const { return m_intake; } // nullptr where the role may not order
    OrderListView *list() const { return m_list; }
    OrderDetailWidget *detail() const { return m_detail; }
    client::OrderListModel *listModel() const { return m_model; }

    void showIntake();
    // Shows the order in the list and its detail.
    void showOrder(qint64 localId);

private:
    client::CustomerDirectory *m_directory;
    client::OrdersService *m_service;
    client::OrderListModel *m_model;
    QTabWidget *m_tabs;
    OrderIntakeWidget *m_intake = nullptr;
    OrderListView *m_list;
    OrderDetailWidget *m_detail;
};

} // namespace shopdesk::ui
