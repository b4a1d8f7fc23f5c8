#include "client/admin/backuprecord.h"

#include "domain/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

Result<BackupRecord> BackupRecord::fromJson(const QJsonObject &json)
{
    BackupRecord backup;
    backup.id = json.value(u"id"_s).toInteger();
    backup.file = json.value(u"name"_s).toString();
    const QString status = json.value(u"status"_s).toString();
    if (backup.id <= 0 || backup.file.isEmpty() ||
        !QStringList{u"running"_s, u"done"_s, u"failed"_s}.contains(status)) {
        return Error{u"invalid_answer"_s, Tr::tr("The server sent a backup without a file."), {}};
    }
    backup.status = status == u"running"_s ? Status::Running
                    : status == u"done"_s  ? Status::Done
                                           : Status::Failed;
    backup.sizeBytes = json.value(u"size_bytes"_s).toInteger();
    backup.startedAt = QDateTime::fromString(json.value(u"started_at"_s).toString(), Qt::ISODate);
    backup.finishedAt = QDateTime::fromString(json.value(u"finished_at"_s).toString(), Qt::ISODate);
    backup.by = json.value(u"by"_s).toString();
    const QJsonObject check = json.value(u"check"_s).toObject();
    backup.checkPassed = check.value(u"passed"_s).toBool();
    for (const QJsonValue &finding : check.value(u"findings"_s).toArray())
        backup.findings.append(finding.toString());
    backup.message = json.value(u"message"_s).toString();
    return backup;
}

} // namespace shopdesk::client
