#include "server/auditcsv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QString AuditCsv::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && (value.front() == u'=' || value.front() == u'+' ||
                             value.front() == u'-' || value.front() == u'@')) {
        value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u"\""_s + value + u"\""_s;
    }
    return value;
}

QByteArray AuditCsv::header()
{
    return "seq,at,user,address,entity,entity_id,op,data\r\n";
}

QByteArray AuditCsv::rows(const QJsonArray &entries)
{
    QByteArray out;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QStringList cells{
            QString::number(entry.value(u"seq"_s).toInteger()),
            cell(entry.value(u"at"_s).toString()),
            cell(entry.value(u"user"_s).toString()),
            cell(entry.value(u"address"_s).toString()),
            cell(entry.value(u"entity"_s).toString()),
            cell(entry.value(u"entity_id"_s).toString()),
            cell(entry.value(u"op"_s).toString()),
            cell(QString::fromUtf8(
                QJsonDocument(entry.value(u"data"_s).toObject()).toJson(QJsonDocument::Compact))),
        };
        out += cells.join(u',').toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace shopdesk::server
