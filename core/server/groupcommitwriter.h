#pragma once

#include "domain/result.h"
#include "server/writejob.h"
#include "storage/orderlinks.h"
#include "storage/storageconfig.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

namespace shopdesk::server {

// The one writer of a server instance: a thread with its own connection that takes all
// pending mutations as a batch, runs each in its own SAVEPOINT inside one transaction and
// commits once (one fsync for the batch), then answers all of them. Nothing is answered
// before its commit is durable.
class GroupCommitWriter : public QThread
{
    Q_OBJECT
public:
    static constexpr int maxBatch = 512;

    GroupCommitWriter(storage::StorageConfig config, QString currency, QObject *parent = nullptr);
    ~GroupCommitWriter() override;

    // The links written into orders; set before startWriter().
    void setOrderLinks(storage::OrderLinks links) { m_links = std::move(links); }
    // Starts the thread and waits until its connection is open.
    Result<void> startWriter();
    void submit(WriteJob job);
    // Finishes every job already submitted, then ends the thread.
    void stopWriter();

    // For tests and benchmarks: batches committed and jobs in them so far.
    qint64 batchesCommitted() const;

signals:
    // A batch that appended change records is durable; lastSeq is its highest seq.
    void committed(qint64 lastSeq);

protected:
    void run() override;

private:
    void runBatch(storage::ShopStore &store, std::vector<WriteJob> &batch);
    static void deliver(WriteJob &job, const HttpResponse &response);

    storage::StorageConfig m_config;
    QString m_currency;
    storage::OrderLinks m_links;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_ready;
    std::deque<WriteJob> m_queue;
    bool m_stopping = false;
    bool m_started = false;
    std::optional<Error> m_startError;
    qint64 m_batches = 0;
};

} // namespace shopdesk::server
