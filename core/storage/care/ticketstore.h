#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/care/ticketclocks.h"
#include "storage/care/ticketinput.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// Tickets: a customer's complaint, request or question, its thread of messages and its
// history, worked until resolved. Every write records the history the service-level clocks
// are computed from (TicketClocks), and logs the ticket as GET returns it.
class TicketStore
{
public:
    TicketStore(Database &db, const StoreClock &clock, ChangeLog &log, TicketClocks &clocks);

    static QList<MigrationStep> migrations();

    // The ticket with its lines, messages and history.
    Result<QJsonObject> ticket(qint64 id);
    struct Filter
    {
        QString queue; // open, mine, unassigned, qa; empty: all
        QString status;
        QString assignee;
        qint64 customerId = 0;
        qint64 createdById = 0; // the shop's own tickets
        QString caller;         // for "mine"
    };
    // Newest first; after is a ticket id.
    Result<QJsonObject> list(const Filter &filter, int limit, qint64 after);
    // The user who opened the ticket.
    Result<qint64> creator(qint64 id);

    Result<QJsonObject> create(const Actor &actor, const TicketInput &input);
    // kind: public, internal or customer.
    Result<QJsonObject> addMessage(const Actor &actor, qint64 id, const QString &kind,
                                   const QString &text);
    Result<QJsonObject> setStatus(const Actor &actor, qint64 id, const QString &status);
    // Assigns to the caller; already_taken when someone else has it.
    Result<QJsonObject> take(const Actor &actor, qint64 id);
    // An empty assignee unassigns.
    Result<QJsonObject> assign(const Actor &actor, qint64 id, const QString &assignee);
    // Any of priority, kind, subject.
    Result<QJsonObject> update(const Actor &actor, qint64 id, const QJsonObject &fields);
    Result<QJsonObject> escalate(const Actor &actor, qint64 id, const QString &reason);
    // outcome: resolve or hand_back.
    Result<QJsonObject> recordQa(const Actor &actor, qint64 id, const QString &cause,
                                 const QString &action, const QString &outcome);
    // Computes the clocks again and logs the ticket as it reads now (after the clocks fired a
    // step on it, or the service levels changed).
    Result<QJsonObject> refresh(const Actor &actor, qint64 id);

private:
    Result<QJsonObject> row(qint64 id, bool lock);
    Result<void> checkOrderAndLines(const TicketInput &input);
    Result<void> checkUser(const QString &username);
    Result<void> addHistory(qint64 id, const QString &event, const QString &status,
                            const QString &user, qint64 at);
    Result<void> insertMessage(qint64 id, const QString &kind, const QString &author,
                               const QString &text, qint64 at);
    Result<void> changeStatus(const Actor &actor, qint64 id, const QString &from, const QString &to,
                              qint64 at);
    // Recomputes the clocks, then logs the ticket.
    Result<QJsonObject> finish(const Actor &actor, qint64 id, const QString &op);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
    TicketClocks &m_clocks;
};

} // namespace shopdesk::storage
