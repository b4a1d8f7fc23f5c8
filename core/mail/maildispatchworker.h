#pragma once

#include "domain/result.h"
#include "mail/maildispatcher.h"
#include "mail/mailoutbox.h"
#include "mail/smtpsender.h"

#include <QObject>
#include <QTimer>

namespace shopdesk::mail {

// MailDispatcher's half that lives on the dispatcher's thread and does the work.
class MailDispatchWorker : public QObject
{
    Q_OBJECT
public:
    MailDispatchWorker(QString sourceConnection, SmtpSettings smtp,
                       MailDispatcher::Options options);

    Result<void> open();
    void close();
    void processDue();

signals:
    void mailSent(qint64 id);
    void mailAttemptFailed(qint64 id, int attempts, const QString &error, bool givenUp);

private:
    void deliver(const MailOutbox::Due &due);
    void scheduleNext();
    std::chrono::milliseconds retryDelay(int attempts) const;

    QString m_sourceConnection;
    QString m_connection;
    SmtpSender m_sender;
    MailDispatcher::Options m_options;
    MailOutbox m_outbox;
    QTimer m_timer;
};

} // namespace shopdesk::mail
