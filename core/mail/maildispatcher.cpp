#include "mail/maildispatcher.h"

#include "mail/maildispatchworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

MailDispatcher::MailDispatcher(QString sourceConnection, SmtpSettings smtp, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_sourceConnection(std::move(sourceConnection))
    , m_smtp(std::move(smtp))
    , m_options(options)
{}

MailDispatcher::~MailDispatcher()
{
    stop();
}

Result<void> MailDispatcher::start()
{
    if (m_thread)
        return {};
    m_thread = new QThread;
    m_thread->setObjectName(u"mail-dispatcher"_s);
    auto *worker = new MailDispatchWorker(m_sourceConnection, m_smtp, m_options);
    worker->moveToThread(m_thread);
    connect(worker, &MailDispatchWorker::mailSent, this, &MailDispatcher::mailSent);
    connect(worker, &MailDispatchWorker::mailAttemptFailed, this,
            &MailDispatcher::mailAttemptFailed);
    {
        QMutexLocker lock(&m_workerMutex);
        m_worker = worker;
    }
    m_thread->start();

    Result<void> opened;
    QMetaObject::invokeMethod(
        worker, [worker] { return worker->open(); }, Qt::BlockingQueuedConnection, &opened);
    if (!opened)
        stop();
    return opened;
}

void MailDispatcher::stop()
{
    if (!m_thread)
        return;
    // A send in progress gives up on the interruption (within about a second; the mail is
    // tried again later), the rest is skipped.
    MailDispatchWorker *worker = nullptr;
    {
        QMutexLocker lock(&m_workerMutex);
        std::swap(worker, m_worker);
    }
    m_thread->requestInterruption();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete worker;
    delete m_thread;
    m_thread = nullptr;
}

bool MailDispatcher::isRunning() const
{
    return m_thread != nullptr;
}

void MailDispatcher::wake()
{
    QMutexLocker lock(&m_workerMutex);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &MailDispatchWorker::processDue, Qt::QueuedConnection);
}

} // namespace shopdesk::mail
