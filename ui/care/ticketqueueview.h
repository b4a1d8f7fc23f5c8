#pragma once

#include "domain/care/followuprecord.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTabBar;
class QTableView;
class QTableWidget;
class QTimer;

namespace shopdesk::client {
class ClientSession;
class TicketListModel;
class TicketService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// The agent's queue: open, mine or unassigned tickets with a live countdown to each one's next
// deadline (red once breached, amber after the warning, "paused" while waiting), and below it
// the follow-ups due for the user. New ticket (Ctrl+N) opens the dialog.
class TicketQueueView : public QWidget
{
    Q_OBJECT
public:
    TicketQueueView(client::ClientSession *session, client::TicketService *service,
                    client::TicketListModel *model, QWidget *parent = nullptr);

    QTabBar *queueTabs() const { return m_queues; }
    QTableView *table() const { return m_table; }
    QPushButton *newTicketButton() const { return m_newTicket; }
    QTableWidget *followUpTable() const { return m_followUps; }
    QPushButton *followUpDoneButton() const { return m_done; }
    MessageBar *messageBar() const { return m_bar; }
    const QList<care::FollowUpRecord> &followUps() const { return m_due; }

    // Opens the new ticket dialog (window-modal; it is a child of this view).
    void newTicket();
    void refreshFollowUps();
    // Asks for the outcome of the selected follow-up.
    void completeFollowUp();

signals:
    void ticketActivated(qint64 id);

private:
    void showFollowUps(const QList<care::FollowUpRecord> &due);

    client::ClientSession *m_session;
    client::TicketService *m_service;
    client::TicketListModel *m_model;
    QTabBar *m_queues;
    QTableView *m_table;
    QPushButton *m_newTicket;
    QTableWidget *m_followUps;
    QPushButton *m_done;
    MessageBar *m_bar;
    QTimer *m_followUpTimer;
    QList<care::FollowUpRecord> m_due;
};

} // namespace shopdesk::ui
