#pragma once

#include "client/changerecord.h"
#include "domain/care/ticketrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QTimer;

namespace shopdesk::client {

class TicketService;

// One queue of tickets ("open", "mine", "unassigned", "qa"), newest first, with a live
// countdown to each ticket's next deadline. It follows the change log's `ticket` records row
// by row: a changed ticket updates its row, joins the queue or leaves it; never a reset per
// change. The countdown column changes every second.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        CustomerColumn,
        KindColumn,
        PriorityColumn,
        StatusColumn,
        AssigneeColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        ToneRole, // TicketCountdown::Tone as int, on the due column
        SortRole,
    };

    // user: who is signed in, for the "mine" queue.
    TicketListModel(TicketService *service, const QString &user, QObject *parent = nullptr);

    // Shows another queue (read from the server).
    void setQueue(const QString &queue);
    QString queue() const { return m_queue; }
    void reload();
    bool isLoaded() const { return m_loaded; }

    // The `ticket` records among these update the rows.
    void applyChanges(const QList<shopdesk::client::ChangeRecord> &records);
    // A ticket as an answer of the server brought it (after taking it, say).
    void applyTicket(const care::TicketRecord &ticket);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const care::TicketRecord &ticket(int row) const { return m_tickets.at(row); }
    int rowOfId(qint64 id) const;

    // Whether the ticket is in the queue for the user.
    static bool belongsTo(const care::TicketRecord &ticket, const QString &queue,
                          const QString &user);

signals:
    void loaded();
    void loadFailed(const QString &reason);
    // A ticket of the list changed (the thread showing it reads it again).
    void ticketChanged(const shopdesk::care::TicketRecord &ticket);

private:
    QVariant display(const care::TicketRecord &ticket, int column) const;
    void tick();

    TicketService *m_service;
    QString m_user;
    QString m_queue = QStringLiteral("open");
    QList<care::TicketRecord> m_tickets;
    bool m_loaded = false;
    quint64 m_generation = 0;
    QTimer *m_timer;
};

} // namespace shopdesk::client
