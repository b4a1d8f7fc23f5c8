#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk::client {

// One field of a changed record, as text: nested values are shown as compact JSON.
struct AuditField
{
    QString name;
    QString value;
};

// One change record of the audit trail: who changed what, when and from where, and the
// record's fields as it was written.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString address; // empty: recorded before addresses were kept, or the server's own work
    QString entity;
    QString entityId;
    QString op;
    QList<AuditField> fields;

    // The first fields on one line, short enough for a table cell.
    QString summary() const;

    static Result<AuditEntry> fromJson(const QJsonObject &json);
};

} // namespace shopdesk::client
