#include "client/admin/backupservice.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {
const QString backupsPath = u"/api/v1/backups"_s;
} // namespace

BackupService::BackupService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_calls(api)
{}

void BackupService::list(BackupsDone done)
{
    m_calls.get(backupsPath, {}, [done](const Result<QJsonObject> &page) {
        if (!page)
            return done(page.error());
        done(JsonCalls::itemsOf<BackupRecord>(page.value()));
    });
}

void BackupService::start(BackupDone done)
{
    m_calls.post(backupsPath, QJsonObject{}, JsonCalls::as<BackupRecord>(std::move(done)));
}

} // namespace shopdesk::client
