#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace shopdesk::test {

// A throwaway store for one test on the backend it runs for (SHOPDESK_TEST_BACKEND): a
// temporary folder for SQLite, or a new database on the PostgreSQL server of
// SHOPDESK_TEST_PG_URL. The database is dropped with this object.
class ScratchStore
{
public:
    ScratchStore();
    ~ScratchStore();
    ScratchStore(const ScratchStore &) = delete;
    ScratchStore &operator=(const ScratchStore &) = delete;

    // "sqlite" or "postgres", from SHOPDESK_TEST_BACKEND.
    static QString backend();

    // Empty when the store can be used; otherwise why not (the caller skips or fails).
    const QString &unavailableReason() const { return m_unavailable; }
    bool isPostgres() const { return !m_databaseName.isEmpty(); }

    // The SQLite folder (empty on PostgreSQL).
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }
    // postgresql://… of the new database (empty on SQLite).
    const QString &databaseUrl() const { return m_databaseUrl; }
    // The new database's name and the server's address, for a QPSQL connection of one's own.
    const QString &databaseName() const { return m_databaseName; }
    const QString &adminUrl() const { return m_adminUrl; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_adminUrl;
    QString m_databaseName;
    QString m_databaseUrl;
    QString m_unavailable;
};

} // namespace shopdesk::test
