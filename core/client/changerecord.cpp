#include "client/changerecord.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

std::optional<ChangeRecord> ChangeRecord::fromJson(const QJsonObject &object)
{
    ChangeRecord c;
    c.seq = qint64(object.value(u"seq"_s).toDouble());
    c.entity = object.value(u"entity"_s).toString();
    const QJsonValue id = object.value(u"id"_s);
    c.id = id.isString() ? id.toString() : QString::number(qint64(id.toDouble()));
    c.op = object.value(u"op"_s).toString();
    c.data = object.value(u"data"_s).toObject();
    c.at = object.value(u"at"_s).toString();
    c.user = object.value(u"user"_s).toString();
    if (c.seq <= 0 || c.entity.isEmpty())
        return std::nullopt;
    return c;
}

} // namespace shopdesk::client
