#pragma once

#include "client/changerecord.h"
#include "client/inbox/conversationorder.h"

#include <QWidget>

class QButtonGroup;
class QTabWidget;
class QTableView;

namespace shopdesk::client {
class ClientSession;
class ConversationListModel;
class InboxCounter;
class InboxService;
class ReplyTemplateService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class ConversationListProxy;
class ConversationView;
class MessageBar;
class ReplyTemplatesView;

// The Inbox module: the conversations of one filter (waiting, open, snoozed, done, mine) on
// the left, the chosen one on the right; for managers a second tab with the reply templates.
// The list, the open conversation and the count of waiting ones follow the change log live.
class InboxView : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { Waiting, Open, Snoozed, Done, Mine };

    explicit InboxView(client::ClientSession *session, QWidget *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Shows the conversation (choosing it in the list when it is there).
    void showConversation(qint64 id);
    // "Inbox", or "Inbox (3)" with conversations waiting.
    QString title() const;

    client::InboxService *service() const { return m_service; }
    client::ConversationListModel *model() const { return m_model; }
    client::InboxCounter *counter() const { return m_counter; }
    QTableView *list() const { return m_list; }
    ConversationListProxy *proxy() const { return m_proxy; }
    QButtonGroup *filterButtons() const { return m_filters; }
    ConversationView *conversationView() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    // nullptr for those who may not manage templates.
    ReplyTemplatesView *templatesView() const { return m_templates; }

signals:
    // The module's title changed with the count of waiting conversations.
    void titleChanged(const QString &title);
    void ticketActivated(qint64 ticketId);
    void orderActivated(qint64 orderId);
    void customerActivated(qint64 customerId);
    void orderStartRequested(const shopdesk::client::ConversationOrder &order);

private:
    QWidget *makeList();
    void applyRecords(const QList<shopdesk::client::ChangeRecord> &records);
    void choose();

    client::ClientSession *m_session;
    client::InboxService *m_service;
    client::ReplyTemplateService *m_templateService;
    client::ConversationListModel *m_model;
    client::InboxCounter *m_counter;
    ConversationListProxy *m_proxy;
    Filter m_filter = Filter::Waiting;
    // Rows are leaving the list: the selection moving on is not the agent's choice.
    bool m_removing = false;
    QButtonGroup *m_filters;
    QTableView *m_list;
    MessageBar *m_message;
    ConversationView *m_view;
    QTabWidget *m_tabs;
    ReplyTemplatesView *m_templates = nullptr;
};

} // namespace shopdesk::ui
