#pragma once

#include "scratchstore.h"

#include <QString>

namespace shopdesk::test {

// A fresh, empty database for one test on the backend the test runs for
// (SHOPDESK_TEST_BACKEND): an SQLite file in a temporary folder, or a new database on the
// PostgreSQL server of SHOPDESK_TEST_PG_URL, dropped again at the end.
class TestDatabase
{
public:
    // Why this backend cannot be had here; empty when it can.
    const QString &unavailableReason() const { return m_store.unavailableReason(); }
    bool isPostgres() const { return m_store.isPostgres(); }

    // Brings the test database to the server's schema (the mail outbox's table among it);
    // returns why it could not, or nothing.
    QString migrate() const;
    // Adds and opens a QSqlDatabase connection of that name to the test database.
    bool addConnection(const QString &name) const;
    static void removeConnection(const QString &name);

private:
    QString sqlitePath() const;

    ScratchStore m_store;
};

} // namespace shopdesk::test

// Skips the test when the backend cannot be had, unless the run requires PostgreSQL
// (SHOPDESK_REQUIRE_POSTGRES=1, as the project's test script sets): then it fails.
#define SHOPDESK_REQUIRE_TEST_DATABASE(database)                                                   \
    do {                                                                                           \
        const QString reason_ = (database).unavailableReason();                                    \
        if (!reason_.isEmpty()) {                                                                  \
            if (qEnvironmentVariableIsSet("SHOPDESK_REQUIRE_POSTGRES"))                            \
                QFAIL(qPrintable(reason_));                                                        \
            QSKIP(qPrintable(reason_));                                                            \
        }                                                                                          \
    } while (false)
