#include "server/inbox/mailboxpoller.h"

#include "mail/imapmailbox.h"
#include "server/groupcommitwriter.h"
#include "server/inbox/intakelogging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

MailboxPoller::MailboxPoller(Options options, GroupCommitWriter &writer, MailboxIntake::Sink sink,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_writer(writer)
    , m_sink(std::move(sink))
{
    connect(&m_timer, &QTimer::timeout, this, &MailboxPoller::pollNow);
}

MailboxPoller::~MailboxPoller()
{
    stop();
}

QString MailboxPoller::mailboxName(const mail::ImapSettings &imap)
{
    return imap.username + u'@' + imap.address() + u'/' + imap.mailbox;
}

void MailboxPoller::start()
{
    m_stopping = false;
    m_timer.start(m_options.interval);
    pollNow();
}

void MailboxPoller::stop()
{
    m_stopping = true;
    m_timer.stop();
    if (m_thread) {
        m_thread->requestInterruption(); // CurlTransfer aborts on it
        m_thread->wait();
    }
}

void MailboxPoller::pollNow()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_report.polling || m_stopping)
            return;
        m_report.polling = true;
    }
    // The last poll has reported, so its thread is ending or has ended.
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this] { finish(poll()); }));
    m_thread->setObjectName(u"shopdesk-mailbox"_s);
    m_thread->start();
}

MailboxPoller::Report MailboxPoller::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

Result<QJsonObject> MailboxPoller::onWriter(std::function<HttpResponse(storage::ShopStore &)> run)
{
    // The writer answers through this thread's event loop once the batch is durable.
    QObject receiver;
    QEventLoop loop;
    HttpResponse answer;
    WriteJob job;
    job.run = std::move(run);
    job.context = &receiver;
    job.done = [&answer, &loop](const HttpResponse &response) {
        answer = response;
        loop.quit();
    };
    m_writer.submit(std::move(job));
    loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (answer.status < 400 || answer.status == 409)
        return body;
    const QJsonObject error = body.value(u"error"_s).toObject();
    return Error{error.value(u"code"_s).toString(u"storage_unavailable"_s),
                 error.value(u"message"_s).toString(), error.value(u"details"_s).toObject()};
}

Result<int> MailboxPoller::poll()
{
    const QString name = mailboxName();
    mail::ImapMailbox mailbox(m_options.imap);
    const auto status = mailbox.status();
    if (!status)
        return status.error();
    const quint32 uidValidity = status->uidValidity;
    const auto settled = onWriter([name, uidValidity](storage::ShopStore &store) {
        return MailboxIntake::settle(store, name, uidValidity);
    });
    if (!settled)
        return settled.error();
    auto position = MailboxIntake::position(*settled);
    if (position.uidValidity != uidValidity)
        return 0; // another server restarted it under a newer value just now: next poll
    const auto uids = mailbox.uidsAfter(position.lastUid);
    if (!uids)
        return uids.error();
    int taken = 0;
    for (const quint32 uid : *uids) {
        if (m_stopping || QThread::currentThread()->isInterruptionRequested())
            break;
        if (uid <= position.lastUid)
            continue; // another server took it while this one was fetching
        const auto raw = mailbox.fetch(uidValidity, uid);
        IntakeMessage message;
        if (raw) {
            message = IntakeMessage::read(*raw, m_options.attachmentLimit, m_options.sizeLimit);
        } else if (raw.error().code == u"imap_uidvalidity_changed"_s) {
            break; // the next poll starts again under the new value
        } else if (raw.error().code != u"imap_no_message"_s) {
            return raw.error();
        } // else: expunged since the search, so only the position moves past it
        const auto answer =
            onWriter([name, position, uid, message, sink = m_sink](storage::ShopStore &store) {
                return MailboxIntake::take(store, name, position, uid, message, sink);
            });
        if (!answer)
            return answer.error();
        if (answer->value(u"lost"_s).toBool()) {
            position = MailboxIntake::position(*answer);
            if (position.uidValidity != uidValidity)
                break;
            continue;
        }
        position.lastUid = uid;
        if (answer->value(u"taken"_s).toBool()) {
            ++taken;
            qCDebug(lcIntake).noquote()
                << "took" << IntakeMessage::kindName(message.kind) << "UID" << uid << "of" << name;
        }
    }
    return taken;
}

void MailboxPoller::finish(const Result<int> &taken)
{
    {
        QMutexLocker lock(&m_mutex);
        m_report.polling = false;
        m_report.at = QDateTime::currentDateTimeUtc();
        m_report.ok = taken.ok();
        m_report.errorCode = taken ? QString() : taken.error().code;
        m_report.errorMessage = taken ? QString() : taken.error().message;
        m_report.taken = taken ? *taken : 0;
        ++m_report.polls;
    }
    if (!taken && m_stopping) {
        qCInfo(lcIntake).noquote()
            << "the poll under way ended with the server:" << taken.error().code;
    } else if (!taken) {
        qCWarning(lcIntake).noquote()
            << "reading the mailbox failed; trying again at the next poll:" << taken.error().code
            << taken.error().message;
    } else if (*taken > 0) {
        qCInfo(lcIntake).noquote() << "took" << *taken << "message(s) from" << mailboxName();
    }
    QMetaObject::invokeMethod(
        this, [this, ok = taken.ok()] { emit polled(ok); }, Qt::QueuedConnection);
}

} // namespace shopdesk::server
