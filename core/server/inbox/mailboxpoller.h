#pragma once

#include "domain/result.h"
#include "mail/imapsettings.h"
#include "server/httpresponse.h"
#include "server/inbox/intakemessage.h"
#include "server/inbox/mailboxintake.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace shopdesk::server {

class GroupCommitWriter;

// Reads the shop's mailbox over IMAP at start and every interval, and takes each new message
// exactly once through the group-commit writer (MailboxIntake): a message is one
// transaction, so a restart or a second server on the same database takes nothing twice.
// IMAP calls block, so a poll runs on a thread of its own, one at a time. A failed poll
// (server down, log-in refused) is logged and tried again at the next one; a mail that cannot
// be read is taken as unreadable, so one bad mail never holds up the ones behind it.
class MailboxPoller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        mail::ImapSettings imap;
        std::chrono::milliseconds interval{60000};
        qint64 attachmentLimit = IntakeMessage::defaultAttachmentLimit;
        qint64 sizeLimit = IntakeMessage::defaultSizeLimit;
    };

    // The last poll, as operators see it.
    struct Report
    {
        QDateTime at; // when it ended; invalid before the first one has
        bool ok = false;
        QString errorCode;
        QString errorMessage;
        int taken = 0; // messages that poll took
        int polls = 0; // polls ended since start
        bool polling = false;
    };

    // writer must outlive the poller, or the poller must be stopped first.
    MailboxPoller(Options options, GroupCommitWriter &writer, MailboxIntake::Sink sink,
                  QObject *parent = nullptr);
    ~MailboxPoller() override;

    // Polls now and then every interval.
    void start();
    // Ends the timer and waits for a poll under way: an IMAP call gives up within about a
    // second, a message being taken is committed.
    void stop();
    // A poll now, unless one is under way.
    void pollNow();

    Report report() const;
    const Options &options() const { return m_options; }
    // The mailbox as its position is stored: "user@host:port/MAILBOX".
    QString mailboxName() const { return mailboxName(m_options.imap); }
    static QString mailboxName(const mail::ImapSettings &imap);

signals:
    // A poll ended.
    void polled(bool ok);

private:
    // On the poll thread: the number of messages taken.
    Result<int> poll();
    // On the poll thread: runs on the writer and waits for the durable answer. A 409 is an
    // answer; 500 and 503 are failures.
    Result<QJsonObject> onWriter(std::function<HttpResponse(storage::ShopStore &)> run);
    void finish(const Result<int> &taken);

    Options m_options;
    GroupCommitWriter &m_writer;
    MailboxIntake::Sink m_sink;
    QTimer m_timer;
    std::unique_ptr<QThread> m_thread; // the last poll's
    mutable QMutex m_mutex;
    Report m_report;
    std::atomic_bool m_stopping{false};
};

} // namespace shopdesk::server
