#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/orderinput.h"
#include "storage/orderlinks.h"
#include "storage/stockledger.h"
#include "storage/storeclock.h"

#include <QJsonObject>

namespace shopdesk::storage {

// Orders and their lifecycle: reserved (all lines or none), paid, shipped, delivered,
// returned, cancelled or expired, each step in the order's history. Every change of stock
// goes through the ledger. Writes expect the writer's transaction.
class OrderStore
{
public:
    OrderStore(Database &db, const StoreClock &clock, ChangeLog &log, StockLedger &ledger,
               QString currency);

    static QList<MigrationStep> migrations();

    // Adds payment_link and tracking_url to every order this store writes out.
    void setLinks(OrderLinks links) { m_links = std::move(links); }
    const OrderLinks &links() const { return m_links; }

    Result<QJsonObject> order(qint64 id);
    // onlyCreatedBy > 0 limits the list to one user's orders (the shop role).
    Result<QJsonObject> list(const QString &status, qint64 since, int limit, qint64 after,
                             qint64 onlyCreatedBy);
    // The id of the user who created the order.
    Result<qint64> creator(qint64 id);

    Result<QJsonObject> create(const Actor &actor, const OrderInput &input,
                               qint64 reservationMsecs);
    Result<QJsonObject> cancel(const Actor &actor, qint64 id);
    // Records one payment of what is outstanding, by the order's method, and marks the
    // reserved order paid. paymentId, when given, receives the payment's id (0: nothing was
    // outstanding, so no payment was recorded).
    Result<QJsonObject> pay(const Actor &actor, qint64 id, const QString &reference,
                            qint64 *paymentId = nullptr);
    // Marks a reserved order paid (its payments cover it): it keeps its reservation until
    // shipment and no longer expires. Expects the order's row locked.
    Result<QJsonObject> markPaid(const Actor &actor, qint64 id);
    Result<QJsonObject> ship(const Actor &actor, qint64 id, const QString &carrier,
                             const QString &tracking);
    Result<QJsonObject> deliver(const Actor &actor, qint64 id);
    // Every shipped unit has come back through returns (ReturnReceipt posts their movements):
    // the order is `returned`.
    Result<QJsonObject> markReturned(const Actor &actor, qint64 id);
    // Expires unpaid reservations due by now; returns how many orders it expired.
    Result<int> expireReservations(qint64 now);

private:
    Result<QJsonObject> orderRow(qint64 id, bool lock);
    // The order's units per SKU, in SKU order.
    Result<QList<std::pair<QString, qint64>>> unitsBySku(qint64 id);
    Result<QJsonObject> setStatus(const Actor &actor, qint64 id, const QString &status, qint64 at);
    Result<void> releaseReservation(const Actor &actor, qint64 id);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
    StockLedger &m_ledger;
    QString m_currency;
    OrderLinks m_links;
};

} // namespace shopdesk::storage
