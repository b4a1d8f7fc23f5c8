#pragma once

#include <QWidget>

class QTabWidget;

namespace shopdesk::client {
class ClientSession;
class TicketListModel;
class TicketService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class QaQueueView;
class TicketQueueView;
class TicketThreadView;

// The Tickets module: the queue with the chosen ticket's thread beside it, and for those who
// handle escalations (QA, managers, admins) the QA queue. Both queues follow the change log.
class TicketsView : public QWidget
{
    Q_OBJECT
public:
    explicit TicketsView(client::ClientSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    TicketQueueView *queue() const { return m_queue; }
    TicketThreadView *thread() const { return m_thread; }
    QaQueueView *qaQueue() const { return m_qa; } // nullptr where the role may not
    client::TicketListModel *queueModel() const { return m_queueModel; }
    client::TicketListModel *qaModel() const { return m_qaModel; }
    client::TicketService *service() const { return m_service; }

    // Shows the ticket's thread beside the queue.
    void showTicket(qint64 id);

private:
    client::TicketService *m_service;
    client::TicketListModel *m_queueModel;
    client::TicketListModel *m_qaModel = nullptr;
    QTabWidget *m_tabs;
    TicketQueueView *m_queue;
    TicketThreadView *m_thread;
    QaQueueView *m_qa = nullptr;
};

} // namespace shopdesk::ui
