#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// Follow-ups: a call-back or answer an agent promised a customer (about an order or a
// ticket) by a due time; done ones keep their outcome.
class FollowUpStore
{
public:
    FollowUpStore(Database &db, const StoreClock &clock, ChangeLog &log);

    static QList<MigrationStep> migrations();

    struct Input
    {
        qint64 customerId = 0;
        qint64 orderId = 0;  // 0: none
        qint64 ticketId = 0; // 0: none
        QString assignee;
        qint64 dueAt = 0;
        QString note;
    };
    Result<QJsonObject> create(const Actor &actor, const Input &input);
    Result<QJsonObject> followUp(qint64 id);
    // state: open, due (open and due by now), done; empty: all. In the order they were made.
    Result<QJsonObject> list(const QString &assignee, const QString &state, qint64 now, int limit,
                             qint64 after);
    // already_done when it was.
    Result<QJsonObject> complete(const Actor &actor, qint64 id, const QString &outcome);

private:
    Result<void> checkReferences(const Input &input);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
