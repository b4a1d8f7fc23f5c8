#include "mail/maildispatchworker.h"

#include "domain/tr.h"
#include "mail/logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace shopdesk::mail {

namespace {

QString uniqueConnectionName()
{
    return u"shopdesk-mail-dispatcher-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

MailDispatchWorker::MailDispatchWorker(QString sourceConnection, SmtpSettings smtp,
                                       MailDispatcher::Options options)
    : m_sourceConnection(std::move(sourceConnection))
    , m_connection(uniqueConnectionName())
    , m_sender(std::move(smtp))
    , m_options(options)
    , m_outbox(m_connection)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailDispatchWorker::processDue);
}

Result<void> MailDispatchWorker::open()
{
    // This overload may be called from a thread other than the one using the original.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_sourceConnection, m_connection);
    if (db.driverName() == u"QSQLITE"_s && !db.connectOptions().contains(u"BUSY_TIMEOUT"_s)) {
        // The server writes the same file; wait for its transactions instead of failing.
        const QString options = db.connectOptions();
        db.setConnectOptions(options + (options.isEmpty() ? u""_s : u";"_s) +
                             u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return Result<void>::failure(
            u"database_error"_s,
            Tr::tr("The mail dispatcher cannot open the database: %1").arg(reason));
    }
    qCInfo(lcMail) << "mail dispatcher started, relay" << m_sender.settings().host
                   << m_sender.settings().port
                   << MailServerSettings::securityName(m_sender.settings().security);
    m_timer.start(0);
    return {};
}

void MailDispatchWorker::close()
{
    m_timer.stop();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void MailDispatchWorker::processDue()
{
    m_timer.stop();
    const auto due = m_outbox.due(QDateTime::currentDateTimeUtc(), m_options.batchSize);
    if (!due) {
        // The database may be back in a moment; the mail is safe in it meanwhile.
        m_timer.start(m_options.pollInterval);
        return;
    }
    for (const MailOutbox::Due &item : *due) {
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        deliver(item);
    }
    if (due->size() == m_options.batchSize)
        m_timer.start(0); // more may be waiting; let queued calls (stop, wake) run between
    else
        scheduleNext();
}

void MailDispatchWorker::deliver(const MailOutbox::Due &due)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Long enough that a send still running can never be overtaken by another dispatcher.
    const auto lease = duration_cast<milliseconds>(m_sender.settings().timeout * 2 + minutes(1));
    const auto claimed = m_outbox.claim(due, now.addMSecs(lease.count()));
    if (!claimed || !*claimed)
        return;
    const auto entry = m_outbox.entry(due.id);
    if (!entry)
        return;

    const Result<void> sent =
        m_sender.sendRaw(entry->envelopeFrom, entry->recipients, entry->message);
    if (sent) {
        if (m_outbox.markSent(entry->id, QDateTime::currentDateTimeUtc()))
            qCInfo(lcMail) << "sent mail" << entry->id << entry->kind << entry->reference;
        emit mailSent(entry->id);
        return;
    }
    // A send cut short by a stop is tried again as soon as a dispatcher runs.
    const bool interrupted = QThread::currentThread()->isInterruptionRequested();
    const bool giveUp =
        !interrupted && m_options.maxAttempts > 0 && entry->attempts >= m_options.maxAttempts;
    const QDateTime retryAt =
        interrupted ? QDateTime::currentDateTimeUtc()
                    : QDateTime::currentDateTimeUtc().addMSecs(retryDelay(entry->attempts).count());
    (void)m_outbox.markFailed(entry->id, sent.error().message, retryAt, giveUp);
    if (giveUp) {
        qCWarning(lcMail).noquote() << "giving up on mail" << entry->id << "after"
                                    << entry->attempts << "attempts:" << sent.error().message;
    } else {
        qCInfo(lcMail).noquote() << "mail" << entry->id << "attempt" << entry->attempts
                                 << "failed, retrying at" << retryAt.toString(Qt::ISODate)
                                 << sent.error().message;
    }
    emit mailAttemptFailed(entry->id, entry->attempts, sent.error().message, giveUp);
}

void MailDispatchWorker::scheduleNext()
{
    auto wait = m_options.pollInterval;
    const auto next = m_outbox.nextAttempt();
    if (next && next->has_value()) {
        const qint64 until = QDateTime::currentDateTimeUtc().msecsTo(next->value());
        wait = std::clamp(milliseconds(until), milliseconds(0), m_options.pollInterval);
    }
    m_timer.start(wait);
}

milliseconds MailDispatchWorker::retryDelay(int attempts) const
{
    milliseconds delay = m_options.firstRetryDelay;
    for (int i = 1; i < attempts && delay < m_options.maxRetryDelay; ++i)
        delay *= 2;
    return std::min(delay, m_options.maxRetryDelay);
}

} // namespace shopdesk::mail
