#pragma once

#include "client/changerecord.h"
#include "client/inbox/conversationloader.h"
#include "domain/inbox/conversationrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QTimer;

namespace shopdesk::client {

// One view of the inbox (a status and an order, InboxService::Filter) with the time each
// conversation has waited for an answer, ticking every second. It follows the change log's
// `conversation` records row by row: a changed conversation updates its row, joins the list or
// leaves it (answered while the list shows only waiting ones, done, snoozed); never a reset
// per change. A snooze whose time passes joins the open list by the clock, without a record.
class ConversationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WaitingColumn,  // "12 min", empty when nothing waits
        CustomerColumn, // the customer's name, else the contact's name or address
        ChannelColumn,
        SubjectColumn, // the subject, else the start of the newest message
        AssigneeColumn,
        LastMessageColumn, // when
        ColumnCount
    };
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        SortRole,     // waiting seconds (-1: nothing waits), times as numbers, text lower-cased
        WaitingRole,  // bool: waits for an answer
        ReplyingRole, // who else is typing an answer now; empty: nobody
    };

    // user: who is signed in (their own typing is not shown as someone else's).
    ConversationListModel(InboxService *service, const QString &user, QObject *parent = nullptr);

    void setFilter(const InboxService::Filter &filter);
    InboxService::Filter filter() const { return m_filter; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    // The `conversation` records among these update the rows.
    void applyChanges(const QList<shopdesk::client::ChangeRecord> &records);
    // A conversation as an answer of the server brought it (after a reply, say).
    void applyConversation(const inbox::ConversationRecord &conversation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const inbox::ConversationRecord &conversation(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    // Whether the filter lists the conversation at `now`.
    static bool belongsTo(const inbox::ConversationRecord &conversation,
                          const InboxService::Filter &filter, const QDateTime &now);
    // How long something has waited, as the waiting column shows it ("12 min", "3 h 5 min").
    static QString waitingText(qint64 seconds);

signals:
    void loaded();
    void loadFailed(const QString &reason);
    // A conversation of the list changed (the view showing it reads it again).
    void conversationChanged(const shopdesk::inbox::ConversationRecord &conversation);

private:
    QVariant display(const inbox::ConversationRecord &conversation, int column) const;
    void tick();
    void finishLoad(const QList<inbox::ConversationRecord> &rows,
                    const QList<inbox::ConversationRecord> &sleeping);
    // Puts the conversation where the list's order wants it, or takes it out.
    void place(const inbox::ConversationRecord &conversation, bool belongs);
    // Whether a snoozed conversation joins this list once its time has passed.
    bool wakesInto(const inbox::ConversationRecord &conversation, const QDateTime &now) const;
    bool comesBefore(const inbox::ConversationRecord &a, const inbox::ConversationRecord &b) const;

    ConversationLoader *m_loader;
    QString m_user;
    InboxService::Filter m_filter;
    QList<inbox::ConversationRecord> m_rows;
    // Snoozed conversations that join the list by the clock, by id.
    QHash<qint64, inbox::ConversationRecord> m_sleeping;
    bool m_loaded = false;
    QTimer *m_timer;
};

} // namespace shopdesk::client
