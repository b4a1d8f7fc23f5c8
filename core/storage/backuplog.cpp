#include "storage/backuplog.h"

#include "domain/tr.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

constexpr auto columns = "id, file, size_bytes, started_at, finished_at, user_name, status, "
                         "findings, message";

QJsonObject fromRow(const SqlRows &row)
{
    const QJsonArray findings = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).array();
    const QString status = row.value(6).toString();
    QJsonObject check;
    if (status == u"done"_s)
        check = QJsonObject{{u"passed"_s, findings.isEmpty()}, {u"findings"_s, findings}};
    return QJsonObject{
        {u"id"_s, row.value(0).toLongLong()},
        {u"file"_s, row.value(1).toString()},
        {u"name"_s, QFileInfo(row.value(1).toString()).fileName()},
        {u"size_bytes"_s, row.value(2).toLongLong()},
        {u"started_at"_s, StoreClock::isoTime(row.value(3).toLongLong())},
        {u"finished_at"_s, StoreClock::isoTimeOrNull(row.value(4))},
        {u"by"_s, row.value(5).toString()},
        {u"status"_s, status},
        {u"check"_s, check.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(check)},
        {u"message"_s, row.value(8).toString()},
    };
}

} // namespace

QList<MigrationStep> BackupLog::migrations()
{
    return {{u"backups"_s,
             19,
             {
                 u"CREATE TABLE backups (id %ID%, file TEXT NOT NULL, "
                 "size_bytes BIGINT NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT, "
                 "user_name TEXT NOT NULL, status TEXT NOT NULL, findings TEXT NOT NULL, "
                 "message TEXT NOT NULL)"_s,
             }}};
}

Result<QJsonObject> BackupLog::backup(qint64 id)
{
    auto row =
        m_db.fetch(u"SELECT %1 FROM backups WHERE id = ?"_s.arg(QLatin1StringView(columns)), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return Result<QJsonObject>::failure(u"not_found"_s, Tr::tr("No such backup."));
    return fromRow(row.value());
}

Result<QJsonArray> BackupLog::list()
{
    auto rows =
        m_db.fetch(u"SELECT %1 FROM backups ORDER BY id DESC"_s.arg(QLatin1StringView(columns)));
    if (!rows)
        return rows.error();
    QJsonArray items;
    while (rows.value().next())
        items.append(fromRow(rows.value()));
    return items;
}

Result<QJsonObject> BackupLog::start(const Actor &actor, const QString &file)
{
    auto id = m_db.scalar(u"INSERT INTO backups (file, size_bytes, started_at, finished_at, "
                          "user_name, status, findings, message) "
                          "VALUES (?, 0, ?, NULL, ?, 'running', '[]', '') RETURNING id"_s,
                          {file, m_clock.now(), actor.username});
    if (!id)
        return id.error();
    const qint64 backupId = id->toLongLong();
    return m_log.appendRead(actor, u"backup"_s, QString::number(backupId), u"create"_s,
                            backup(backupId));
}

Result<QJsonObject> BackupLog::finish(const Actor &actor, qint64 id, bool ok, qint64 bytes,
                                      const QStringList &findings, const QString &message,
                                      QStringList *removedFiles)
{
    const QString findingsJson = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(findings)).toJson(QJsonDocument::Compact));
    if (auto done = m_db.exec(
            u"UPDATE backups SET size_bytes = ?, finished_at = ?, status = ?, "
            "findings = ?, message = ? WHERE id = ?"_s,
            {bytes, m_clock.now(), ok ? u"done"_s : u"failed"_s, findingsJson, message, id});
        !done) {
        return done.error();
    }
    auto old = m_db.fetch(u"SELECT id, file FROM backups WHERE status = 'done' "
                          "ORDER BY id DESC LIMIT 1000000 OFFSET ?"_s,
                          {keep});
    if (!old)
        return old.error();
    QList<qint64> gone;
    while (old.value().next()) {
        gone.append(old->value(0).toLongLong());
        if (removedFiles)
            removedFiles->append(old->value(1).toString());
    }
    for (const qint64 goneId : std::as_const(gone)) {
        if (auto deleted = m_db.exec(u"DELETE FROM backups WHERE id = ?"_s, {goneId}); !deleted)
            return deleted.error();
        if (auto logged = m_log.append(actor, u"backup"_s, QString::number(goneId), u"delete"_s,
                                       QJsonObject{{u"id"_s, goneId}});
            !logged) {
            return logged.error();
        }
    }
    return m_log.appendRead(actor, u"backup"_s, QString::number(id), u"update"_s, backup(id));
}

} // namespace shopdesk::storage
