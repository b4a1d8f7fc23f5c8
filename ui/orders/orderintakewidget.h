#pragma once

#include "client/localorder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace shopdesk::client {
class ClientSession;
class CustomerDirectory;
class OrdersService;
class ProductTableModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerPanel;
class OrderLinesModel;
class PaymentLinkBox;
class ProductFilterProxyModel;

// Taking one order: customer, lines with live stock, channel, payment method and notes, then
// Confirm, which queues the order in the outbox. What the screen then says is what the server
// said: "queued — not confirmed" until it answers, then reserved with the time left on the
// reservation, or its reason for refusing.
class OrderIntakeWidget : public QWidget
{
    Q_OBJECT
public:
    OrderIntakeWidget(client::ClientSession *session, client::ProductTableModel *products,
                      client::CustomerDirectory *directory, client::OrdersService *service,
                      QWidget *parent = nullptr);

    CustomerPanel *customerPanel() const { return m_customer; }
    QLineEdit *productField() const { return m_productField; }
    QTableView *matchesView() const { return m_matches; }
    QTableView *linesView() const { return m_linesView; }
    OrderLinesModel *linesModel() const { return m_lines; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *paymentBox() const { return m_payment; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *newOrderButton() const { return m_newOrder; }
    QLabel *stockWarning() const { return m_stockWarning; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *statusLabel() const { return m_status; }
    PaymentLinkBox *paymentLinkBox() const { return m_link; }
    // The local order Confirm made, 0 before.
    qint64 currentOrder() const { return m_localId; }

    // Adds the product the text names: a SKU or barcode exactly, else the best search match.
    bool addFromText(const QString &text);
    void confirm();
    // Clears everything for the next order.
    void startNewOrder();

signals:
    void orderQueued(qint64 localId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches(const QString &text);
    void updateState();
    void showOrderState();
    void setFormLocked(bool locked);
    std::optional<client::LocalOrder> currentLocalOrder() const;

    client::ClientSession *m_session;
    client::ProductTableModel *m_products;
    client::OrdersService *m_service;
    CustomerPanel *m_customer;
    QLineEdit *m_productField;
    ProductFilterProxyModel *m_matchModel;
    QTableView *m_matches;
    OrderLinesModel *m_lines;
    QTableView *m_linesView;
    QPushButton *m_removeLine;
    QLabel *m_stockWarning;
    QLabel *m_total;
    QComboBox *m_channel;
    QComboBox *m_payment;
    QPlainTextEdit *m_notes;
    QPushButton *m_confirm;
    QPushButton *m_newOrder;
    QLabel *m_productMessage;
    QLabel *m_status;
    PaymentLinkBox *m_link;
    QTimer *m_countdown;
    qint64 m_localId = 0;
};

} // namespace shopdesk::ui
