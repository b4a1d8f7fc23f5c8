#pragma once

#include "client/inbox/conversationorder.h"
#include "domain/care/ticket.h"
#include "domain/inbox/conversationrecord.h"
#include "domain/result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace shopdesk::client {
class ClientSession;
class CustomerDirectory;
class InboxService;
class ReplyTemplateService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class ConversationThread;
class MessageBar;
class ReplyBox;

// One conversation as the agent works it: who wrote (the contact, the customer it is linked
// to or a way to link or make one), who has it, where it stands (snooze, done, reopen as the
// domain rule allows), the thread, and the answer with templates. From here it becomes an
// order or a ticket. Another agent typing an answer shows above the answer box; an answer
// someone else sent meanwhile is refused by the server and said plainly, the draft kept.
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    ConversationView(client::ClientSession *session, client::InboxService *service,
                     client::ReplyTemplateService *templates, QWidget *parent = nullptr);

    void showConversation(qint64 id);
    // Nothing chosen.
    void clear();
    // A change of the conversation shown (live): read it again.
    void conversationChanged(const inbox::ConversationRecord &conversation);
    qint64 conversationId() const { return m_id; }
    const std::optional<inbox::ConversationRecord> &conversation() const { return m_shown; }

    void sendReply();
    void assignTo(const QString &user);
    void snoozeUntil(const QDateTime &until);
    void markDone();
    void reopen();
    void linkCustomer(qint64 customerId);
    // "New customer from contact"; a likely duplicate offers to link that one instead.
    void createCustomer();
    void openTicket(care::TicketKind kind, care::TicketPriority priority, const QString &subject);
    void saveAttachment(const inbox::InboxAttachmentRecord &attachment, const QString &path);
    // What "New order" hands to the order form.
    client::ConversationOrder orderStart() const;

    QLabel *subjectLabel() const { return m_subject; }
    QLabel *contactLabel() const { return m_contact; }
    QLabel *customerLabel() const { return m_customer; }
    QPushButton *linkCustomerButton() const { return m_linkCustomer; }
    QPushButton *newCustomerButton() const { return m_newCustomer; }
    QPushButton *linkDuplicateButton() const { return m_linkDuplicate; }
    QLabel *assigneeLabel() const { return m_assignee; }
    QPushButton *assignToMeButton() const { return m_assignMe; }
    QPushButton *unassignButton() const { return m_unassign; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *snoozeButton() const { return m_snooze; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *newOrderButton() const { return m_newOrder; }
    QPushButton *openTicketButton() const { return m_openTicket; }
    QLabel *ticketLabel() const { return m_ticket; }
    QLabel *ordersLabel() const { return m_orders; }
    QLabel *replyingBanner() const { return m_replying; }
    ConversationThread *thread() const { return m_thread; }
    ReplyBox *replyBox() const { return m_reply; }
    MessageBar *messageBar() const { return m_message; }

    // "in 1 hour", "tomorrow at 9:00" from now.
    static QDateTime snoozePreset(int preset, const QDateTime &now);

signals:
    // The conversation as a change made here left it (for the list).
    void conversationUpdated(const shopdesk::inbox::ConversationRecord &conversation);
    void ticketActivated(qint64 ticketId);
    void orderActivated(qint64 orderId);
    void customerActivated(qint64 customerId);
    void orderStartRequested(const shopdesk::client::ConversationOrder &order);

private:
    QWidget *makeHeader();
    QWidget *makeActions();
    void reload();
    void display(const inbox::ConversationRecord &conversation);
    void showHeader(const inbox::ConversationRecord &conversation);
    void showWork(const inbox::ConversationRecord &conversation);
    void updateReplying();
    void changed(const Result<inbox::ConversationRecord> &answer);
    void refused(const Error &error);
    void pickCustomer();
    void pickTicket();
    void pickSnoozeTime();
    void askForAttachment(const inbox::InboxAttachmentRecord &attachment);
    qint64 newestMessageId() const;

    client::ClientSession *m_session;
    client::InboxService *m_service;
    client::CustomerDirectory *m_directory;
    bool m_answers; // the role may answer and change conversations (qa only reads)
    qint64 m_id = 0;
    std::optional<inbox::ConversationRecord> m_shown;
    qint64 m_duplicateId = 0;
    QLabel *m_subject;
    QLabel *m_contact;
    QLabel *m_customer;
    QPushButton *m_linkCustomer;
    QPushButton *m_newCustomer;
    QPushButton *m_linkDuplicate;
    QLabel *m_assignee;
    QPushButton *m_assignMe;
    QPushButton *m_unassign;
    QLabel *m_status;
    QToolButton *m_snooze;
    QPushButton *m_done;
    QPushButton *m_reopen;
    QPushButton *m_newOrder;
    QPushButton *m_openTicket;
    QLabel *m_ticket;
    QLabel *m_orders;
    QLabel *m_replying;
    QTimer *m_replyingTimer;
    MessageBar *m_message;
    ConversationThread *m_thread;
    ReplyBox *m_reply;
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace shopdesk::ui
