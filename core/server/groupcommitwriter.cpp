#include "server/groupcommitwriter.h"

#include "domain/tr.h"
#include "server/logging.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    return HttpResponse::json(
        status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                                     {u"message"_s, message},
                                                     {u"details"_s, QJsonObject{}}}}});
}

HttpResponse keyReused()
{
    return errorResponse(422, u"idempotency_key_reused"_s,
                         Tr::tr("This Idempotency-Key was used with a different request."));
}

} // namespace

GroupCommitWriter::GroupCommitWriter(storage::StorageConfig config, QString currency,
                                     QObject *parent)
    : QThread(parent)
    , m_config(std::move(config))
    , m_currency(std::move(currency))
{
    setObjectName(u"shopdesk-writer"_s);
}

GroupCommitWriter::~GroupCommitWriter()
{
    stopWriter();
}

Result<void> GroupCommitWriter::startWriter()
{
    QMutexLocker lock(&m_mutex);
    start();
    while (!m_started && !m_startError)
        m_ready.wait(&m_mutex);
    if (m_startError)
        return *m_startError;
    return {};
}

void GroupCommitWriter::submit(WriteJob job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping || !m_started) {
        lock.unlock();
        deliver(job, errorResponse(503, u"shutting_down"_s,
                                   Tr::tr("The server is shutting down; try again shortly.")));
        return;
    }
    m_queue.push_back(std::move(job));
    m_wake.wakeOne();
}

void GroupCommitWriter::stopWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    if (isRunning())
        wait();
}

qint64 GroupCommitWriter::batchesCommitted() const
{
    QMutexLocker lock(&m_mutex);
    return m_batches;
}

void GroupCommitWriter::deliver(WriteJob &job, const HttpResponse &response)
{
    if (!job.done)
        return;
    QObject *context = job.context.data();
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(job.done), response] { done(response); }, Qt::QueuedConnection);
}

void GroupCommitWriter::run()
{
    auto db = storage::Database::open(m_config, u"shopdesk-writer-"_s +
                                                    QUuid::createUuid().toString(QUuid::Id128));
    {
        QMutexLocker lock(&m_mutex);
        if (!db) {
            m_startError = db.error();
            m_ready.wakeAll();
            return;
        }
        m_started = true;
        m_ready.wakeAll();
    }
    {
        db.value()->setStatementCache(true);
        storage::ShopStore store(*db.value(), m_currency);
        store.orders().setLinks(m_links);
        std::vector<WriteJob> batch;
        for (;;) {
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_queue.empty() && m_stopping)
                    break;
                while (!m_queue.empty() && int(batch.size()) < maxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            runBatch(store, batch);
            batch.clear();
        }
    }
    db.value().reset();
}

void GroupCommitWriter::runBatch(storage::ShopStore &store, std::vector<WriteJob> &batch)
{
    storage::Database &db = store.database();
    if (auto ok = store.batch().begin(); !ok) {
        qCWarning(lcServer).noquote() << "cannot begin a write batch:" << ok.error().message;
        for (WriteJob &job : batch)
            deliver(job, errorResponse(503, u"storage_unavailable"_s,
                                       Tr::tr("The database is not available; try again.")));
        return;
    }
    std::vector<HttpResponse> answers;
    answers.reserve(batch.size());
    // A savepoint that cannot be rolled back or released leaves the batch in an unknown
    // state: then nothing of it is committed and every job gets a 503 to retry.
    bool broken = false;
    const auto savepoint = [&](const QString &statement) {
        // SQLite opens or closes a savepoint only with no statement in progress.
        db.finishStatements();
        if (auto ok = db.exec(statement); !ok) {
            broken = true;
            return false;
        }
        return true;
    };
    for (WriteJob &job : batch) {
        if (broken)
            break;
        const qint64 seqBefore = store.batch().seq();
        if (!savepoint(u"SAVEPOINT job"_s))
            break;
        const auto rollback = [&] {
            store.batch().setSeq(seqBefore);
            return savepoint(u"ROLLBACK TO SAVEPOINT job"_s);
        };
        const bool keyed = !job.idempotencyKey.isEmpty();
        if (keyed) {
            auto stored = store.idempotency().storedResponse(job.userId, job.idempotencyKey);
            if (stored && stored.value()) {
                const auto &previous = *stored.value();
                answers.push_back(previous.fingerprint == job.fingerprint
                                      ? HttpResponse{previous.status, previous.body, {}, false}
                                      : keyReused());
                savepoint(u"RELEASE SAVEPOINT job"_s);
                continue;
            }
        }
        HttpResponse answer = job.run(store);
        if (answer.status >= 400 && !rollback())
            break;
        // A failed record must not spoil the batch: PostgreSQL aborts on any failed statement.
        if (answer.status >= 400 && job.refused && !job.refused(store, answer) && !rollback())
            break;
        if (keyed && answer.status < 500) {
            auto ok = store.idempotency().storeResponse(
                job.userId, job.idempotencyKey, job.fingerprint, answer.status, answer.body);
            if (!ok) {
                // Another server on the same database stored this key first: its answer wins.
                if (!rollback())
                    break;
                auto stored = store.idempotency().storedResponse(job.userId, job.idempotencyKey);
                if (stored && stored.value()) {
                    const auto &previous = *stored.value();
                    answer = previous.fingerprint == job.fingerprint
                                 ? HttpResponse{previous.status, previous.body, {}, false}
                                 : keyReused();
                } else {
                    answer = errorResponse(503, u"storage_unavailable"_s, ok.error().message);
                }
            }
        }
        if (!savepoint(u"RELEASE SAVEPOINT job"_s))
            break;
        answers.push_back(std::move(answer));
    }
    if (broken) {
        qCWarning(lcServer) << "a write batch lost its savepoints; rolled back";
        store.batch().rollback();
        for (WriteJob &job : batch)
            deliver(job, errorResponse(503, u"storage_unavailable"_s,
                                       Tr::tr("The change could not be saved; try again.")));
        return;
    }
    auto lastSeq = store.batch().end();
    if (!lastSeq) {
        qCWarning(lcServer).noquote()
            << "a write batch failed to commit:" << lastSeq.error().message;
        for (WriteJob &job : batch)
            deliver(job, errorResponse(503, u"storage_unavailable"_s,
                                       Tr::tr("The change could not be saved; try again.")));
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        ++m_batches;
    }
    for (size_t i = 0; i < batch.size(); ++i)
        deliver(batch[i], answers[i]);
    emit committed(lastSeq.value());
}

} // namespace shopdesk::server
