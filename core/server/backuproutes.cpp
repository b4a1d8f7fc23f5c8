#include "server/backuproutes.h"

#include "domain/tr.h"
#include "server/groupcommitwriter.h"
#include "server/logging.h"
#include "server/writejob.h"
#include "storage/backuplog.h"
#include "storage/shopstore.h"
#include "storage/storebackup.h"
#include "storage/storecheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

storage::BackupLog backupLog(storage::ShopStore &store)
{
    return storage::BackupLog(store.database(), store.clock(), store.changes());
}

// What the worker hands back: the copy's size and the check's findings, or why it failed.
struct BackupOutcome
{
    bool ok = false;
    qint64 bytes = 0;
    QStringList findings;
    QString message;
};

BackupOutcome copyAndCheck(const QString &source, const QString &file)
{
    BackupOutcome outcome;
    const auto copied = storage::StoreBackup::copy(source, file);
    if (!copied) {
        outcome.message = copied.error().message;
        return outcome;
    }
    outcome.bytes = copied->bytes;
    const auto checked = storage::StoreCheck::run(copied->file);
    if (!checked) {
        outcome.message = checked.error().message;
        return outcome;
    }
    outcome.ok = true;
    outcome.findings = checked->findings;
    return outcome;
}

// The module's own 409: the store is not one this server copies.
void conflict(const CallPtr &call, const QString &code, const QString &message)
{
    call->answer(HttpResponse::json(409, Call::errorJson(Error{code, message, {}})));
}

} // namespace

BackupRoutes::BackupRoutes(const ServerOptions &options, storage::ShopStore &reader,
                           GroupCommitWriter &writer, QObject *context)
    : m_options(options)
    , m_reader(reader)
    , m_writer(writer)
    , m_context(context)
    , m_startedAt(QDateTime::currentDateTimeUtc().addSecs(-1))
{
    m_worker.setMaxThreadCount(1);
}

BackupRoutes::~BackupRoutes()
{
    m_worker.waitForDone(); // a copy under way finishes its file before the server goes
}

QString BackupRoutes::folder(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"backups"_s);
}

QList<Route> BackupRoutes::routes()
{
    return {
        {"GET", u"backups"_s, Capability::ManageBackups,
         [this](const CallPtr &c) { listBackups(c); }},
        {"POST", u"backups"_s, Capability::ManageBackups,
         [this](const CallPtr &c) { startBackup(c); }},
    };
}

void BackupRoutes::listBackups(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    auto items = backupLog(m_reader).list();
    if (!items)
        return call->fail(items.error());
    // A copy still "running" from before this server started was cut off by its stop.
    QJsonArray shown;
    for (const QJsonValue &item : std::as_const(items.value())) {
        QJsonObject backup = item.toObject();
        const QDateTime started =
            QDateTime::fromString(backup.value(u"started_at"_s).toString(), Qt::ISODate);
        if (backup.value(u"status"_s).toString() == u"running"_s && started < m_startedAt) {
            backup.insert(u"status"_s, u"failed"_s);
            backup.insert(u"message"_s, Tr::tr("The server stopped during the copy."));
        }
        shown.append(backup);
    }
    call->answer(HttpResponse::json(200, QJsonObject{{u"items"_s, shown},
                                                     {u"next"_s, QJsonValue::Null},
                                                     {u"keep"_s, storage::BackupLog::keep}}));
}

QString BackupRoutes::nextFileName() const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QDir dir(folder(m_options.dataDir));
    QString name = dir.absoluteFilePath(u"shopdesk-%1.sqlite"_s.arg(stamp));
    for (int n = 2; QFile::exists(name); ++n)
        name = dir.absoluteFilePath(u"shopdesk-%1-%2.sqlite"_s.arg(stamp).arg(n));
    return name;
}

void BackupRoutes::startBackup(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    if (!m_options.databaseUrl.isEmpty()) {
        return conflict(call, u"backup_by_pg_dump"_s,
                        Tr::tr("This server keeps its data in PostgreSQL. Back it up with "
                               "pg_dump -Fc on the database server (see \"Backups\" in the "
                               "operator guide)."));
    }
    const QString file = nextFileName();
    // Set on the writer's thread when this call really records a backup (a repeated
    // Idempotency-Key gets the first answer back and starts nothing).
    auto recorded = std::make_shared<qint64>(0);
    const storage::Actor actor = call->actor;
    WriteJob job;
    job.run = [actor, file, recorded](storage::ShopStore &store) {
        auto backup = backupLog(store).start(actor, file);
        if (!backup)
            return Call::errorResponse(backup.error());
        *recorded = backup->value(u"id"_s).toInteger();
        return HttpResponse::json(202, backup.value());
    };
    job.done = [this, recorded, file, actor](const HttpResponse &response) {
        if (response.status == 202 && *recorded > 0)
            runBackup(*recorded, file, actor);
    };
    call->submit(std::move(job), {});
}

void BackupRoutes::runBackup(qint64 id, const QString &file, const storage::Actor &actor)
{
    const QString source = QDir(m_options.dataDir).absoluteFilePath(u"shopdesk.sqlite"_s);
    qCInfo(lcServer).noquote() << "backup" << id << "to" << file << "for" << actor.username;
    QtConcurrent::run(&m_worker, [source, file] {
        return copyAndCheck(source, file);
    }).then(m_context, [this, id, actor](const BackupOutcome &outcome) {
        auto removed = std::make_shared<QStringList>();
        WriteJob job;
        job.context = m_context;
        job.run = [id, actor, outcome, removed](storage::ShopStore &store) {
            removed->clear();
            auto finished =
                backupLog(store).finish(actor, id, outcome.ok, outcome.bytes, outcome.findings,
                                        outcome.message, removed.get());
            return finished ? HttpResponse::json(200, finished.value())
                            : Call::errorResponse(finished.error());
        };
        job.done = [removed, id](const HttpResponse &response) {
            if (response.status >= 400) {
                qCWarning(lcServer) << "cannot record the end of backup" << id;
                return;
            }
            // Only the records are gone so far; the files follow, oldest first.
            for (const QString &old : std::as_const(*removed))
                QFile::remove(old);
        };
        if (!outcome.ok)
            qCWarning(lcServer).noquote() << "backup" << id << "failed:" << outcome.message;
        m_writer.submit(std::move(job));
    });
}

} // namespace shopdesk::server
