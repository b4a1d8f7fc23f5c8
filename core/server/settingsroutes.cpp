#include "server/settingsroutes.h"

#include "domain/tr.h"
#include "mail/smtpsender.h"
#include "server/logging.h"
#include "server/passwordbody.h"
#include "server/serversettings.h"
#include "storage/settingsstore.h"
#include "storage/storeclock.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// A relay check must not hold an admin's Save for long.
constexpr std::chrono::milliseconds relayCheckTimeout{8000};

} // namespace

QList<Route> SettingsRoutes::routes()
{
    return {
        {"GET", u"settings"_s, Capability::ManageSettings,
         [this](const CallPtr &c) { listSettings(c); }},
        {"PATCH", u"settings"_s, Capability::ManageSettings,
         [this](const CallPtr &c) { changeSettings(c); }},
    };
}

void SettingsRoutes::listSettings(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    call->answer(HttpResponse::json(
        200, QJsonObject{{u"items"_s, m_settings.describe()}, {u"next"_s, QJsonValue::Null}}));
}

void SettingsRoutes::changeSettings(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    auto prepared = m_settings.prepare(object);
    if (!prepared)
        return call->fail(prepared.error());
    auto change = std::make_shared<ServerSettings::Change>(std::move(prepared.value()));

    const auto store = [this, call, change] {
        WriteJob job;
        job.run = [actor = call->actor, change](storage::ShopStore &store) {
            const qint64 now = storage::StoreClock::nowMsecs();
            if (auto ok = storage::SettingsStore(store.database()).put(actor, change->rows, now);
                !ok) {
                return Call::errorResponse(ok.error());
            }
            if (auto ok = store.changes().append(actor, u"setting"_s, u"settings"_s, u"update"_s,
                                                 change->record);
                !ok) {
                return Call::errorResponse(ok.error());
            }
            return HttpResponse::json(
                200, QJsonObject{{u"items"_s, change->description}, {u"next"_s, QJsonValue::Null}});
        };
        job.done = [this](const HttpResponse &response) {
            if (response.status < 400 && m_stored)
                m_stored();
        };
        call->submit(std::move(job), PasswordBody::fingerprint(*call));
    };
    if (!change->relayChanged)
        return store();

    // The relay is tried off the event loop; nothing is stored unless it answers.
    mail::SmtpSettings relay = change->candidate.smtpSettings().value();
    relay.timeout = std::min(relay.timeout, relayCheckTimeout);
    QtConcurrent::run(&m_probes, [relay] {
        return mail::SmtpSender(relay).check();
    }).then(m_context, [call, store](const Result<void> &checked) {
        if (!checked) {
            qCInfo(lcServer).noquote() << "mail relay refused:" << checked.error().message;
            QJsonObject details = checked.error().details;
            details.insert(u"key"_s, u"mail.relay_url"_s);
            return call->fail(u"mail_relay_unreachable"_s, checked.error().message, details);
        }
        store();
    });
}

} // namespace shopdesk::server
