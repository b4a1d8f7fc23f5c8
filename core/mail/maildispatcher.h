#pragma once

#include "domain/result.h"
#include "mail/smtpsettings.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <chrono>

class QThread;

namespace shopdesk::mail {

class MailDispatchWorker;

// Delivers the mail outbox: on a thread of its own, with a database connection of its own
// (a clone of the one the outbox is written through), it takes due mails, sends each
// through SmtpSender, marks it sent, and on failure records the error and tries again
// later with exponentially growing delays. Nothing it does blocks the thread that queues
// mail. Several dispatchers (one per server instance) may share a PostgreSQL database:
// each mail is claimed by one of them per attempt.
//
// Mail stays in the database until the relay accepted it, so pending mail is sent after a
// restart. A crash between the relay's acceptance and marking the row sent makes that one
// mail go out twice, with the same Message-ID.
class MailDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // How often to look for due mail when nothing wakes the dispatcher (mail queued by
        // another server instance, a retry that has come due).
        std::chrono::milliseconds pollInterval{5000};
        // The delay after the first failed attempt; it doubles with each further failure.
        std::chrono::milliseconds firstRetryDelay{30000};
        std::chrono::milliseconds maxRetryDelay{std::chrono::hours(1)};
        // After this many attempts a mail is marked failed and left for a person; 0 tries
        // for ever. The default with the delays above keeps trying for about a day.
        int maxAttempts = 30;
        // Mails taken per look at the outbox.
        int batchSize = 20;
    };

    // sourceConnection names the QSqlDatabase connection the outbox lives on; the
    // dispatcher clones it, and the original is never used from the dispatcher's thread.
    MailDispatcher(QString sourceConnection, SmtpSettings smtp, Options options,
                   QObject *parent = nullptr);
    MailDispatcher(QString sourceConnection, SmtpSettings smtp, QObject *parent = nullptr)
        : MailDispatcher(std::move(sourceConnection), std::move(smtp), Options{}, parent)
    {}
    ~MailDispatcher() override;

    // Starts the thread and opens its connection; fails if that connection cannot open.
    Result<void> start();
    // Stops; a mail being sent gives up within about a second and is tried again on the
    // next start. Unsent mail stays queued.
    void stop();
    bool isRunning() const;

    // Looks for due mail now; call after committing a transaction that queued mail.
    // Safe from any thread; returns at once.
    void wake();

signals:
    // Emitted in the thread that owns the dispatcher.
    void mailSent(qint64 id);
    void mailAttemptFailed(qint64 id, int attempts, const QString &error, bool givenUp);

private:
    QString m_sourceConnection;
    SmtpSettings m_smtp;
    Options m_options;
    QThread *m_thread = nullptr;
    QMutex m_workerMutex; // wake() may race with stop()
    MailDispatchWorker *m_worker = nullptr;
};

} // namespace shopdesk::mail
