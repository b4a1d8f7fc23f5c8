#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/care/timelinesource.h"
#include "storage/migrationstep.h"
#include "storage/returns/returninput.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace shopdesk::storage {

class Database;
class PersonalData;
class ShopStore;

// Returns of shipped goods (RMA): requested for some of an order's lines, approved within the
// shop's return window by an agent (later only by someone allowed to), rejected or cancelled,
// and received by the warehouse (ReturnReceipt). An order never has more units out on returns
// than were shipped. Writes run inside the writer's transaction like the other stores'.
class ReturnStore
{
public:
    static constexpr int defaultWindowDays = 30;

    // windowDays: how long after delivery an agent may approve.
    explicit ReturnStore(ShopStore &store, int windowDays = defaultWindowDays);

    // Version 9: order_returns and order_return_lines.
    static QList<MigrationStep> migrations();
    // The returns on a customer's timeline (kind "return"), and the mails about them.
    static QList<TimelineSource> timelineSources();
    // An erased customer's words in their returns' notes and rejection reasons (a
    // CustomerErasure hook; the change records are scrubbed with the others).
    static Result<void> eraseCustomerData(ShopStore &store, const QList<qint64> &customers,
                                          const PersonalData &data);
    // Adds exchange_for_return to an order as OrderStore::order() builds it.
    static Result<void> addExchangeLink(Database &db, QJsonObject &order);

    // The return with its lines, as GET /returns/{id} answers.
    Result<QJsonObject> returnById(qint64 id);
    struct Filter
    {
        QString status;
        qint64 orderId = 0;
        qint64 ticketId = 0;
    };
    // Newest first; after is a return id.
    Result<QJsonObject> list(const Filter &filter, int limit, qint64 after);

    // approve: approve at once (the creator's right to approve is checked as approve() does).
    Result<QJsonObject> create(const Actor &actor, const ReturnInput &input, bool approve,
                               bool mayApproveLate);
    // mayApproveLate: the caller may approve after the window (else approval_required).
    Result<QJsonObject> approve(const Actor &actor, qint64 id, bool mayApproveLate);
    Result<QJsonObject> reject(const Actor &actor, qint64 id, const QString &reason);
    Result<QJsonObject> cancel(const Actor &actor, qint64 id);

    // --- for ReturnReceipt and ReturnExchange
    // The return row locked to commit: {id, order_id, status, exchange_order_id}.
    Result<QJsonObject> lockReturn(qint64 id);
    // Units of each SKU the order shipped, and those its returns claim (requested and
    // approved returns their quantity, received ones what came back).
    Result<QHash<QString, qint64>> shippedUnits(qint64 orderId);
    Result<QHash<QString, qint64>> claimedUnits(qint64 orderId);
    // Logs the return as it reads now.
    Result<QJsonObject> logReturn(const Actor &actor, qint64 id, const QString &op);
    // Inserts a return in `status` with its lines; its id.
    Result<qint64> insert(const Actor &actor, const ReturnInput &input, const QString &status);

private:
    Result<QJsonObject> lockOrder(qint64 orderId);
    Result<void> checkTicket(const ReturnInput &input, const QJsonObject &order);
    Result<void> checkLines(const ReturnInput &input);
    Result<void> approveLocked(const Actor &actor, qint64 id, qint64 orderId, bool mayApproveLate);

    ShopStore &m_store;
    Database &m_db;
    qint64 m_windowMsecs;
};

} // namespace shopdesk::storage
