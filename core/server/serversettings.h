#pragma once

#include "domain/result.h"
#include "server/serveroptions.h"
#include "storage/settingsstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

namespace shopdesk::server {

// The settings a server runs with, as the admin edits them from the client: each is the
// operator's command-line flag or environment variable where one was given (not editable
// then), else the stored value, else the value the server was started with. Thread-safe:
// the writer and the mail thread read it while the event loop replaces the stored values.
// Values marked live are read at use time (the next mail, the next order); the others take
// effect at the server's next start.
class ServerSettings
{
public:
    enum class Kind { Text, Secret, Integer, TextList };
    struct Definition
    {
        QString key;
        Kind kind = Kind::Text;
        qint64 minimum = 0; // Integer: range; Text: minimum length
        qint64 maximum = 0; // Integer: range; Text: maximum length
        bool live = false;
    };

    // Every setting, in the order the client shows them.
    static const QList<Definition> &definitions();
    static const Definition *definition(const QString &key);

    explicit ServerSettings(ServerOptions base);

    // The stored values replace those held so far.
    void setStored(const QList<storage::SettingsStore::Row> &rows);
    // The options with every setting in effect.
    ServerOptions effective() const;
    // Counts replacements of the stored values, so users can tell a change cheaply.
    quint64 generation() const;
    // The values read at use time, each cheaper than effective().
    int reservationSeconds() const;
    mail::ShopDetails shopDetails() const;
    // GET /settings: key, value (or "set" for a secret), source, live.
    QJsonArray describe() const;

    // A change as the admin asked for it, checked all-or-nothing: the rows to store.
    struct Change
    {
        QList<storage::SettingsStore::Row> rows;
        ServerOptions candidate;   // the options once stored
        bool relayChanged = false; // the relay must be tried before storing
        QJsonObject record;        // the change record's data: no secret values
        QJsonArray description;    // what GET answers once stored
    };
    Result<Change> prepare(const QJsonObject &patch) const;

private:
    static QJsonValue valueOf(const ServerOptions &options, const Definition &definition);
    static void assign(ServerOptions &options, const Definition &definition,
                       const QJsonValue &value);
    static ServerOptions overlay(const ServerOptions &base, const QSet<QString> &operatorKeys,
                                 const QHash<QString, QJsonValue> &stored);
    Result<void> check(const Definition &definition, const QJsonValue &value) const;
    QJsonArray describe(const QHash<QString, QJsonValue> &stored) const;

    const ServerOptions m_base;
    const QSet<QString> m_operatorKeys;
    mutable QMutex m_mutex;
    QHash<QString, QJsonValue> m_stored;
    ServerOptions m_effective;
    mail::ShopDetails m_shop;
    quint64 m_generation = 0;
};

} // namespace shopdesk::server
