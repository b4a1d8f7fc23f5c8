#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// A JSON value of any type as text: wrapped in an array, since a document holds no scalar.
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

QList<MigrationStep> SettingsStore::migrations()
{
    return {{u"settings"_s,
             18,
             {
                 u"CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL, "
                 "secret INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL, "
                 "updated_by TEXT NOT NULL)"_s,
             }}};
}

Result<QList<SettingsStore::Row>> SettingsStore::all()
{
    auto rows = m_db.fetch(
        u"SELECT name, value, secret, updated_at, updated_by FROM settings ORDER BY name"_s);
    if (!rows)
        return rows.error();
    SqlRows &row = rows.value();
    QList<Row> found;
    while (row.next()) {
        found.append(Row{row.value(0).toString(), decode(row.value(1).toString()),
                         row.value(2).toInt() != 0, row.value(3).toLongLong(),
                         row.value(4).toString()});
    }
    return found;
}

Result<void> SettingsStore::put(const Actor &actor, const QList<Row> &rows, qint64 at)
{
    for (const Row &row : rows) {
        if (auto ok = m_db.exec(u"DELETE FROM settings WHERE name = ?"_s, {row.key}); !ok)
            return ok;
        if (row.value.isNull())
            continue; // back to the default
        if (auto ok =
                m_db.exec(u"INSERT INTO settings (name, value, secret, updated_at, "
                          "updated_by) VALUES (?, ?, ?, ?, ?)"_s,
                          {row.key, encode(row.value), row.secret ? 1 : 0, at, actor.username});
            !ok)
            return ok;
    }
    return {};
}

} // namespace shopdesk::storage
