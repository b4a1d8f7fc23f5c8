#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/database.h"
#include "storage/movementinput.h"
#include "storage/orderinput.h"
#include "storage/orderlinks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

namespace shopdesk::storage {

// The shop's data and its rules, over one Database connection: products, the stock ledger,
// customers, orders with reservations, users and sessions, the change log and idempotency
// records. Reads work on any connection; writes expect to run inside the write transaction
// the group-commit writer opens (beginBatch() ... endBatch()), and append their change
// records there, so a change is logged if and only if it commits.
class ShopStore
{
    friend class WarehouseStore; // posts ledger rows with the same bookkeeping

public:
    ShopStore(Database &db, QString currency);

    Database &database() { return m_db; }
    // Adds payment_link and tracking_url to every order this store writes out.
    void setOrderLinks(OrderLinks links) { m_links = std::move(links); }
    const OrderLinks &orderLinks() const { return m_links; }
    const QString &currency() const { return m_currency; }

    static QString isoTime(qint64 msecs);
    // An optional time column as JSON: its ISO time, or null.
    static QJsonValue isoTimeOrNull(const QVariant &msecs);
    static qint64 nowMsecs();
    // The time written into new rows: the wall clock, or a fixed time (demo data history).
    qint64 now() const { return m_clock > 0 ? m_clock : nowMsecs(); }
    void setClock(qint64 msecs) { m_clock = msecs; }

    // --- users and sessions
    struct UserRecord
    {
        qint64 id = 0;
        QString username;
        QString passwordHash;
        QString role;
    };
    Result<qint64> userCount();
    Result<UserRecord> userByName(const QString &username);
    // The user of a live session; expiresAt (if given) receives the session's end.
    Result<Actor> actorForToken(const QString &tokenHash, qint64 now, qint64 *expiresAt = nullptr);
    Result<QJsonObject> createUser(const Actor &actor, const QString &username,
                                   const QString &passwordHash, const QString &role);
    Result<QJsonArray> listUsers();
    Result<void> createSession(const QString &tokenHash, qint64 userId, qint64 now,
                               qint64 expiresAt);
    Result<void> deleteSession(const QString &tokenHash);

    // --- products and stock
    Result<QJsonObject> product(const QString &sku);
    Result<QJsonObject> listProducts(const QString &query, int limit, const QString &after);
    Result<QJsonObject> createProduct(const Actor &actor, const QJsonObject &fields);
    Result<QJsonObject> updateProduct(const Actor &actor, const QString &sku,
                                      const QJsonObject &fields);
    Result<QJsonObject> stock(const QString &sku);

    // --- ledger
    Result<QJsonObject> addMovement(const Actor &actor, const MovementInput &input);
    Result<QJsonObject> listMovements(const QString &sku, qint64 since, int limit, qint64 after);

    // --- customers
    Result<QJsonObject> customer(qint64 id);
    Result<QJsonObject> listCustomers(const QString &query, int limit, qint64 after);
    // Refuses with `likely_duplicate` (the existing customer in details.customer) when another
    // customer has the same e-mail address or phone number, unless allowDuplicate.
    Result<QJsonObject> createCustomer(const Actor &actor, const QJsonObject &fields,
                                       bool allowDuplicate);
    // The first other customer with this e-mail address (any case) or phone number (same
    // digits), if any.
    Result<std::optional<QJsonObject>> likelyDuplicate(const QString &email, const QString &phone,
                                                       qint64 exceptId);
    Result<QJsonObject> updateCustomer(const Actor &actor, qint64 id, const QJsonObject &fields);

    // --- orders
    Result<QJsonObject> order(qint64 id);
    // onlyCreatedBy > 0 limits the list to one user's orders (the shop role).
    Result<QJsonObject> listOrders(const QString &status, qint64 since, int limit, qint64 after,
                                   qint64 onlyCreatedBy);
    Result<qint64> orderCreator(qint64 id);
    Result<QJsonObject> createOrder(const Actor &actor, const OrderInput &input,
                                    qint64 reservationMsecs);
    Result<QJsonObject> cancelOrder(const Actor &actor, qint64 id);
    Result<QJsonObject> payOrder(const Actor &actor, qint64 id, const QString &reference);
    Result<QJsonObject> shipOrder(const Actor &actor, qint64 id, const QString &carrier,
                                  const QString &tracking);
    Result<QJsonObject> deliverOrder(const Actor &actor, qint64 id);
    // The customer sent a shipped or delivered order back: its units come back on hand at
    // location as `return` movements, and the order is `returned`.
    Result<QJsonObject> returnOrder(const Actor &actor, qint64 id, const QString &reason,
                                    const QString &location);
    // Expires unpaid reservations due by now; returns how many orders it expired.
    Result<int> expireReservations(qint64 now);

    // --- change log
    Result<QJsonArray> changes(qint64 since, int limit);
    // One change record from a row of "seq, entity, entity_id, op, data, at, user_name".
    static QJsonObject changeFromRow(const SqlRows &row);
    Result<qint64> lastSeq();

    // --- idempotency
    struct StoredResponse
    {
        QString fingerprint;
        int status = 0;
        QByteArray body;
    };
    // found == false when the key is new.
    Result<std::optional<StoredResponse>> storedResponse(qint64 userId, const QString &key);
    Result<void> storeResponse(qint64 userId, const QString &key, const QString &fingerprint,
                               int status, const QByteArray &body);
    // Drops idempotency records older than keepMsecs and expired sessions.
    Result<void> purge(qint64 now, qint64 keepMsecs);

    // --- write batches (group commit)
    Result<void> beginBatch();
    Result<qint64> endBatch(); // commits; returns the last seq handed out
    void rollbackBatch();
    qint64 batchSeq() const { return m_seq; }
    void setBatchSeq(qint64 seq) { m_seq = seq; }

    // Logs one change in the open write batch (modules such as content log theirs here too).
    Result<void> appendChange(const Actor &actor, const QString &entity, const QString &id,
                              const QString &op, const QJsonObject &data);

private:
    Result<QJsonObject> stockLocked(const QString &sku);
    Result<void> changeStock(const QString &sku, const QString &location, qint64 onHandDelta,
                             qint64 reservedDelta);
    Result<qint64> insertMovement(const Actor &actor, const QString &sku, const QString &kind,
                                  qint64 quantity, const QString &location, const QString &reason,
                                  qint64 orderId, qint64 at);
    Result<QJsonObject> movement(qint64 id);
    Result<QJsonObject> setOrderStatus(const Actor &actor, qint64 id, const QString &status,
                                       qint64 at);
    Result<QJsonObject> releaseReservation(const Actor &actor, qint64 orderId);
    Result<QJsonObject> orderRow(qint64 id, bool lock);

    Database &m_db;
    QString m_currency;
    qint64 m_seq = 0;
    qint64 m_seqAtBegin = 0;
    qint64 m_clock = 0;
    OrderLinks m_links;
};

} // namespace shopdesk::storage
