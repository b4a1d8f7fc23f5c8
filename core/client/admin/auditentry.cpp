#include "client/admin/auditentry.h"

#include "domain/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QString AuditEntry::summary() const
{
    constexpr qsizetype longest = 160;
    // The fields that name a record come first, the rest in their order.
    static const QStringList naming = {u"name"_s,   u"username"_s, u"title"_s,    u"sku"_s,
                                       u"status"_s, u"kind"_s,     u"quantity"_s, u"role"_s};
    QList<AuditField> ordered = fields;
    std::stable_sort(ordered.begin(), ordered.end(), [](const AuditField &a, const AuditField &b) {
        const qsizetype ra = naming.contains(a.name) ? naming.indexOf(a.name) : naming.size();
        const qsizetype rb = naming.contains(b.name) ? naming.indexOf(b.name) : naming.size();
        return ra < rb;
    });
    QStringList parts;
    qsizetype length = 0;
    for (const AuditField &field : ordered) {
        if (field.value.isEmpty())
            continue;
        QString part = field.name + u": "_s + field.value.simplified();
        length += part.size() + 2;
        parts.append(part);
        if (length > longest)
            break;
    }
    QString line = parts.join(u", "_s);
    if (line.size() > longest) {
        line.truncate(longest - 1);
        line.append(QChar(0x2026)); // …
    }
    return line;
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry entry;
    entry.seq = json.value(u"seq"_s).toInteger();
    entry.at = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODate);
    entry.user = json.value(u"user"_s).toString();
    entry.address = json.value(u"address"_s).toString();
    entry.entity = json.value(u"entity"_s).toString();
    entry.entityId = json.value(u"entity_id"_s).toString();
    entry.op = json.value(u"op"_s).toString();
    if (entry.seq <= 0 || !entry.at.isValid() || entry.entity.isEmpty()) {
        return Error{
            u"invalid_answer"_s, Tr::tr("The server sent an audit entry that cannot be read."), {}};
    }
    const QJsonObject data = json.value(u"data"_s).toObject();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        entry.fields.append(AuditField{it.key(), fieldText(it.value())});
    return entry;
}

} // namespace shopdesk::client
