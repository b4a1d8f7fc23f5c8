#pragma once

#include "client/productrecord.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace shopdesk::client {

class CacheSalvage;
class LocalCacheChanges;
class LocalCacheOutbox;
class LocalCacheQueries;
class LocalCacheSnapshot;

// The client's own SQLite file, one per profile (server and user): what the user's role may
// read, the sync cursor, the user's own orders and the outbox of mutations not yet answered.
// This class opens and migrates the file and keeps who it belongs to; its parts apply the
// change log (changes()), load the first sync (snapshot()), keep the outbox (outbox()) and
// read for the screens (queries()). Every write is one transaction, and each tells the
// cache's listeners what changed, row by row.
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
    // A file SQLite finds damaged is moved aside and made afresh, with the queued changes
    // and the identity that could still be read from it (see wasRebuilt()).
    Result<void> open(const QString &path, int targetVersion = -1);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // Whether this open() found the file damaged and rebuilt it: the next sync fills it from
    // the server. Where the damaged file was kept, and how many queued changes it still held.
    bool wasRebuilt() const { return !m_damagedCopy.isEmpty(); }
    QString damagedCopy() const { return m_damagedCopy; }
    int keptChanges() const { return m_keptChanges; }
    int schemaVersion() const;
    // The connection the parts work on.
    QSqlDatabase database() const;

    LocalCacheChanges *changes() const { return m_changes; }
    LocalCacheSnapshot *snapshot() const { return m_snapshot; }
    LocalCacheOutbox *outbox() const { return m_outbox; }
    LocalCacheQueries *queries() const { return m_queries; }

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
    Result<void> removeValue(const QString &key);
    // Every stored value whose key starts with the prefix, by key.
    QHash<QString, QString> valuesWithPrefix(const QString &prefix) const;

    QDateTime lastSyncAt() const;
    Result<void> setLastSyncAt(const QDateTime &when);

signals:
    // What the parts changed, in one place for the models and screens that follow the cache.
    // Products created or changed (their full new state), in the order first touched.
    void productsChanged(const QList<shopdesk::client::ProductRecord> &products);
    void productsRemoved(const QStringList &skus);
    void orderChanged(qint64 localId);
    void customersChanged(const QList<qint64> &ids);
    void outboxItemAdded(qint64 id);
    void outboxItemChanged(qint64 id);
    void pendingCountChanged(int pending);
    void cursorChanged(qint64 seq);

private:
    Result<void> migrate(int targetVersion);
    // Moves a damaged file at path aside and reads what is worth keeping from it first.
    Result<std::optional<CacheSalvage>> setAsideIfDamaged(const QString &path);
    void forwardSignals();

    QString m_connection;
    QString m_path;
    QString m_damagedCopy;
    int m_keptChanges = 0;
    LocalCacheChanges *m_changes = nullptr;
    LocalCacheSnapshot *m_snapshot = nullptr;
    LocalCacheOutbox *m_outbox = nullptr;
    LocalCacheQueries *m_queries = nullptr;
};

} // namespace shopdesk::client
