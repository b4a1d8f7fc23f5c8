#pragma once

#include "client/care/ticketnotice.h"
#include "client/changerecord.h"
#include "domain/care/ticketrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace shopdesk::client {

// Decides which escalations of the server's tickets the signed-in user hears about, and keeps
// them, newest first, with what is read. The server raises a ticket's `escalation_level` and
// the change log brings it: level 1 concerns the ticket's assignee, 2 (the QA queue) the `qa`
// role, 3 managers and admins. A notice is raised once per ticket and level, only when a
// record shows the level above the one last seen, and only for a level the server reached
// after this session started (from the ticket's history, else the record's time): a replayed
// record, a catch-up after a reconnect or an escalation older than the session raises nothing.
class EscalationNotices : public QObject
{
    Q_OBJECT
public:
    EscalationNotices(const QString &user, const QString &role, const QDateTime &sessionStart,
                      QObject *parent = nullptr);

    // Whether a ticket reaching `level` concerns this user and role.
    static bool concerns(int level, const care::TicketRecord &ticket, const QString &user,
                         const QString &role);
    // When the ticket reached `level`: its history's first step of that level; invalid when
    // the history does not say (lists carry none).
    static QDateTime reachedAt(const care::TicketRecord &ticket, int level);
    // "Service level breached on your ticket", …
    static QString describe(TicketNotice::Kind kind);

    // The `ticket` records among these.
    void applyChanges(const QList<shopdesk::client::ChangeRecord> &records);
    // One ticket as a record of `recordAt` showed it; the notices it raised.
    QList<TicketNotice> consider(const care::TicketRecord &ticket, const QDateTime &recordAt);

    const QList<TicketNotice> &notices() const { return m_notices; }
    int unreadCount() const;
    void markRead(int index);
    void markAllRead();

signals:
    // New notices, newest first.
    void raised(const QList<shopdesk::client::TicketNotice> &notices);
    // The list or what is read in it changed.
    void changed();

private:
    QString m_user;
    QString m_role;
    QDateTime m_sessionStart;
    QHash<qint64, int> m_levels; // the highest level seen of each ticket
    QList<TicketNotice> m_notices;
};

} // namespace shopdesk::client
