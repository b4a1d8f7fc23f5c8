#pragma once

#include "client/admin/backuprecord.h"
#include "client/jsoncalls.h"
#include "domain/result.h"

#include <QList>
#include <QObject>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// The backups' calls to the server (docs/api.md, "Backups"): the list, and a new backup,
// which the server answers at once (running) and finishes on its own.
class BackupService : public QObject
{
    Q_OBJECT
public:
    using BackupDone = std::function<void(const Result<BackupRecord> &)>;
    using BackupsDone = std::function<void(const Result<QList<BackupRecord>> &)>;

    explicit BackupService(ApiClient *api, QObject *parent = nullptr);

    // Newest first.
    void list(BackupsDone done);
    void start(BackupDone done);

private:
    JsonCalls m_calls;
};

} // namespace shopdesk::client
