#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace shopdesk::client {
class OrderListModel;
}

namespace shopdesk::ui {

class OrderFilterProxyModel;

// Every order the client knows, live, with filters by status, channel, agent, date and
// customer and a free search; picking one shows it in the detail beside it.
class OrderListView : public QWidget
{
    Q_OBJECT
public:
    explicit OrderListView(client::OrderListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    OrderFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *agentFilter() const { return m_agent; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QLineEdit *customerFilter() const { return m_customer; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }

    // Selects the order with this local id (clearing filters that hide it); false if unknown.
    bool showOrder(qint64 localId);

signals:
    void orderSelected(qint64 localId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyDates();
    void refreshAgents();
    void updateCount();

    client::OrderListModel *m_model;
    OrderFilterProxyModel *m_proxy;
    QComboBox *m_status;
    QComboBox *m_channel;
    QComboBox *m_agent;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_customer;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace shopdesk::ui
