#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shopdesk::client {

// One backup the server took, as the admin's screen shows it: the file, its size, who asked,
// when it started and finished, and what the check of the copy found.
struct BackupRecord
{
    enum class Status { Running, Done, Failed };

    qint64 id = 0;
    QString file; // the file's name in the server's backups folder
    qint64 sizeBytes = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    QString by;
    Status status = Status::Running;
    bool checkPassed = false;
    QStringList findings;
    QString message; // why it failed

    bool isRunning() const { return status == Status::Running; }

    static Result<BackupRecord> fromJson(const QJsonObject &json);
};

} // namespace shopdesk::client
