#pragma once

#include "scratchstore.h"
#include "storage/database.h"

#include <memory>

namespace shopdesk::test {

// A throwaway shop database for one test: a SQLite file in a temporary folder, or a fresh
// PostgreSQL database when SHOPDESK_TEST_BACKEND=postgres (server at SHOPDESK_TEST_PG_URL),
// with the shop's migrations and the report tables applied. Dropped with this object.
class TestDatabase
{
public:
    TestDatabase() = default;
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static QString backend();
    // Empty on success, else why the database could not be made.
    QString open(bool withReportTables = true);
    storage::Database &db() { return *m_db; }
    storage::StorageConfig config() const { return m_config; }

private:
    ScratchStore m_store;
    storage::StorageConfig m_config;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace shopdesk::test
