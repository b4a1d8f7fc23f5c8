#pragma once

#include <QWidget>

class QTabWidget;

namespace shopdesk::inbox {
struct ProposedLine;
}

namespace shopdesk::client {
class ClientSession;
struct ConversationOrder;
class ConversationOrderLinks;
class CustomerDirectory;
class OrderListModel;
class OrdersService;
class ProductTableModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class ConversationMessagePanel;
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
    // Beside the intake while an order is taken from a conversation, else hidden.
    ConversationMessagePanel *conversationPanel() const { return m_conversationPanel; }
    client::ConversationOrderLinks *conversationLinks() const { return m_links; }

    void showIntake();
    // Shows the order in the list and its detail.
    void showOrder(qint64 localId);
    // A fresh order for the conversation's customer (or none yet: the author is searched
    // for), its message beside the form with the lines it names to confirm; the order,
    // once queued, is linked to the conversation.
    void startFromConversation(const client::ConversationOrder &order);

private:
    void setUpIntake(client::ProductTableModel *products);
    void addProposedLines(const QList<shopdesk::inbox::ProposedLine> &lines);
    void hideConversation();

    client::ClientSession *m_session;
    client::CustomerDirectory *m_directory;
    client::OrdersService *m_service;
    client::OrderListModel *m_model;
    QTabWidget *m_tabs;
    OrderIntakeWidget *m_intake = nullptr;
    OrderListView *m_list;
    OrderDetailWidget *m_detail;
    ConversationMessagePanel *m_conversationPanel = nullptr;
    client::ConversationOrderLinks *m_links;
    qint64 m_conversationId = 0; // of the order being taken; 0: none
};

} // namespace shopdesk::ui
