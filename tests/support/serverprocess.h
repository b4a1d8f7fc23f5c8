#pragma once

#include "scratchstore.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace shopdesk::test {

// A real shopdesk-server on 127.0.0.1 with a throwaway store: a temporary SQLite folder, or a
// fresh PostgreSQL database when SHOPDESK_TEST_BACKEND=postgres (server at SHOPDESK_TEST_PG_URL).
// The store outlives restarts of the process and is removed with this object.
class ServerProcess
{
public:
    static constexpr const char *adminPassword = "admin-test-password";

    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // "sqlite" or "postgres", from SHOPDESK_TEST_BACKEND.
    static QString backend();
    // Empty when the backend can be used; otherwise why not (the caller skips or fails).
    QString unavailableReason() const { return m_store.unavailableReason(); }

    // Starts the server on 127.0.0.1:0 (a restart: on the port it had) and waits for its
    // "listening on" line.
    bool start(const QStringList &extraArguments = {},
               const QString &scheme = QStringLiteral("http"));
    // Variables added to the server's environment at the next start(), "NAME=value".
    void setEnvironment(const QStringList &variables) { m_environment = variables; }
    // What the server wrote to standard error so far (its log).
    QString standardError();

    // SIGTERM, then waits; returns the exit code (-1 if it had to be killed).
    int stop();
    // kill -9: nothing is flushed, as in a crash.
    void kill();

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    // --data DIR or --database URL for this store.
    QStringList storageArguments() const;
    QString dataDir() const { return m_store.dataDir(); }
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    ScratchStore m_store;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_output;
    QStringList m_environment;
    QString m_standardError;
};

} // namespace shopdesk::test

// Skips the test when the backend cannot be had, unless the run requires it
// (SHOPDESK_REQUIRE_POSTGRES=1, as the README's test command sets), where it fails instead.
#define SHOPDESK_REQUIRE_BACKEND(server)                                                           \
    do {                                                                                           \
        const QString reason_ = (server).unavailableReason();                                      \
        if (!reason_.isEmpty()) {                                                                  \
            if (qEnvironmentVariableIsSet("SHOPDESK_REQUIRE_POSTGRES"))                            \
                QFAIL(qPrintable(reason_));                                                        \
            QSKIP(qPrintable(reason_));                                                            \
        }                                                                                          \
    } while (false)
