#include "server/inbox/mailboxroutes.h"

#include "mail/mailserversettings.h"
#include "server/call.h"
#include "server/inbox/mailboxpoller.h"
#include "storage/inbox/mailboxstate.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QList<Route> MailboxRoutes::routes()
{
    return {
        {"GET", u"inbox/mailbox"_s, Capability::ManageUsers,
         [this](const CallPtr &call) {
             if (call->checkQuery({}))
                 call->answer(status());
         }},
    };
}

HttpResponse MailboxRoutes::status()
{
    if (!m_poller)
        return HttpResponse::json(200, QJsonObject{{u"configured"_s, false}});
    const auto &options = m_poller->options();
    const QString name = m_poller->mailboxName();
    storage::MailboxState state(m_reader.database(), m_reader.clock());
    auto position = state.position(name);
    auto taken = state.takenCount(name);
    auto lastTaken = state.lastTakenAt(name);
    if (!position)
        return Call::errorResponse(position.error());
    if (!taken)
        return Call::errorResponse(taken.error());
    if (!lastTaken)
        return Call::errorResponse(lastTaken.error());
    const MailboxPoller::Report report = m_poller->report();
    QJsonObject lastPoll{{u"at"_s, timeOrNull(report.at)}, {u"ok"_s, report.ok}};
    if (report.at.isValid() && report.ok)
        lastPoll.insert(u"taken"_s, report.taken);
    if (!report.ok && report.at.isValid()) {
        lastPoll.insert(u"error"_s, QJsonObject{{u"code"_s, report.errorCode},
                                                {u"message"_s, report.errorMessage}});
    }
    return HttpResponse::json(
        200, QJsonObject{
                 {u"configured"_s, true},
                 {u"server"_s, options.imap.address()},
                 {u"security"_s, mail::MailServerSettings::securityName(options.imap.security)},
                 {u"user"_s, options.imap.username},
                 {u"mailbox"_s, options.imap.mailbox},
                 {u"poll_seconds"_s, qint64(options.interval.count() / 1000)},
                 {u"attachment_limit"_s, options.attachmentLimit},
                 {u"size_limit"_s, options.sizeLimit},
                 {u"polling"_s, report.polling},
                 {u"last_poll"_s,
                  report.at.isValid() ? QJsonValue(lastPoll) : QJsonValue(QJsonValue::Null)},
                 {u"uid_validity"_s, position->known ? QJsonValue(qint64(position->uidValidity))
                                                     : QJsonValue(QJsonValue::Null)},
                 {u"last_uid"_s, position->known ? QJsonValue(qint64(position->lastUid))
                                                 : QJsonValue(QJsonValue::Null)},
                 {u"messages_taken"_s, *taken},
                 {u"last_taken_at"_s, *lastTaken > 0
                                          ? QJsonValue(storage::StoreClock::isoTime(*lastTaken))
                                          : QJsonValue(QJsonValue::Null)},
             });
}

} // namespace shopdesk::server
