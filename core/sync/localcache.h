#pragma once

#include "domain/result.h"
#include "sync/changerecord.h"
#include "sync/customerrecord.h"
#include "sync/localorder.h"
#include "sync/outboxitem.h"
#include "sync/productrecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace shopdesk::sync {

// The client's own SQLite file, one per profile (server and user): what the user's role may
// read, the sync cursor, the user's own orders and the outbox of mutations not yet answered.
// Every write is one transaction, and each tells its listeners what changed, row by row.
class LocalCache : public QObject
{
    Q_OBJECT
public:
    explicit LocalCache(QObject *parent = nullptr);
    ~LocalCache() override;

    // "<AppDataLocation>/profiles/<profile>.sqlite"
    static QString pathForProfile(const QString &profile);
    // A file-name-safe profile for a user on a server ("maria@shop.example_8080") or on the
    // embedded server ("maria@standalone").
    static QString profileName(const QUrl &server, const QString &username);
    static int latestSchemaVersion();

    // Opens (creating it if need be) and migrates up to targetVersion, the latest by default.
    Result<void> open(const QString &path, int targetVersion = -1);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Who the cache belongs to; checked when it is opened again.
    QString role() const { return value(QStringLiteral("role")); }
    Result<void> setIdentity(const QString &server, const QString &username, const QString &role);

    // A salted Argon2id hash of the password, so that working offline still needs the
    // password that last worked online. Never the password itself.
    Result<void> rememberPasswordCheck(const QString &password);
    // The same in two steps, so that the hashing can run on another thread.
    static Result<QString> makePasswordCheck(const QString &password);
    Result<void> setPasswordCheck(const QString &encoded);
    bool checkPassword(const QString &password) const;

    QString value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

    // The last change-log seq applied: a pull continues with since=cursor().
    qint64 cursor() const { return m_cursor; }
    QDateTime lastSyncAt() const;
    Result<void> setLastSyncAt(const QDateTime &when);

    // Applies changes in one transaction and moves the cursor to the last seq. Records the
    // role may not read are skipped; seqs at or below the cursor are ignored.
    Result<void> applyChanges(const QList<ChangeRecord> &changes);

    // A first sync by snapshot (localcachesnapshot.cpp): beginSnapshot() empties what a
    // snapshot fills, applySnapshot() writes one page of GET /snapshot of an entity
    // ("products", "customers", "movements", "orders"): its rows with their columns, or
    // items (objects as the entity's GET shows them); finishSnapshot() sets the cursor to
    // the seq the first page gave, from which /changes continues.
    bool needsSnapshot() const;
    Result<void> beginSnapshot();
    Result<void> applySnapshot(const QString &entity, const QJsonArray &items,
                               const QJsonArray &columns = {});
    Result<void> finishSnapshot(qint64 seq);
    // A /changes page may end past its last record (records the role may not read).
    Result<void> advanceCursor(qint64 seq);

    QList<ProductRecord> products() const;
    // The same from a connection of its own: callable from any thread.
    static QList<ProductRecord> readProducts(const QString &path);
    std::optional<ProductRecord> product(const QString &sku) const;
    qint64 productCount() const;
    qint64 customerCount() const;
    qint64 movementCount() const;

    // Outbox: a mutation, and for an order the local order it stands for, in one transaction.
    Result<qint64> enqueue(OutboxItem item, const std::optional<LocalOrder> &order = std::nullopt);
    std::optional<OutboxItem> nextPending() const;
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    // Pending items in sending order, then up to resolvedLimit of the latest resolved ones.
    QList<OutboxItem> outboxItems(int resolvedLimit = 200) const;
    int pendingCount() const;
    Result<void> recordAttempt(qint64 id, const QString &error);
    Result<void> markAccepted(qint64 id, int httpStatus, const QJsonObject &response);
    Result<void> markRefused(qint64 id, int httpStatus, const Error &reason);

    std::optional<LocalOrder> order(qint64 localId) const;
    std::optional<LocalOrder> orderByServerId(qint64 serverId) const;

    // Reads for the Orders screens (localcachequeries.cpp). Every order, newest first.
    QList<LocalOrder> orders() const;
    std::optional<CustomerRecord> customer(qint64 id) const;
    // Name, e-mail or phone containing text (any case), or the customer of order number text.
    QList<CustomerRecord> findCustomers(const QString &text, int limit = 50) const;
    std::optional<ProductRecord> productByBarcode(const QString &barcode) const;

signals:
    // Products created or changed (their full new state), in the order first touched.
    void productsChanged(const QList<shopdesk::sync::ProductRecord> &products);
    void productsRemoved(const QStringList &skus);
    void orderChanged(qint64 localId);
    void outboxItemAdded(qint64 id);
    void outboxItemChanged(qint64 id);
    void pendingCountChanged(int pending);
    void cursorChanged(qint64 seq);

private:
    Result<void> migrate(int targetVersion);
    Result<void> exec(const QString &sql);
    Error sqlError(const QSqlQuery &query) const;
    Result<void> upsertOrderFromServer(const QJsonObject &data, qint64 serverId,
                                       QList<qint64> *touched);
    std::optional<OutboxItem> readOutbox(QSqlQuery &query) const;
    std::optional<LocalOrder> readOrder(QSqlQuery &query) const;

    QString m_connection;
    QString m_path;
    qint64 m_cursor = 0;
};

} // namespace shopdesk::sync
