#include "storage/audittrail.h"

#include "storage/keysetquery.h"
#include "storage/storeclock.h"
#include "storage/storevalues.h"

#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

QJsonObject entryFromRow(const SqlRows &r)
{
    const QVariant address = r.value(7);
    return QJsonObject{
        {u"seq"_s, r.value(0).toLongLong()},
        {u"entity"_s, r.value(1).toString()},
        {u"entity_id"_s, r.value(2).toString()},
        {u"op"_s, r.value(3).toString()},
        {u"data"_s, QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object()},
        {u"at"_s, StoreClock::isoTime(r.value(5).toLongLong())},
        {u"user"_s, r.value(6).toString()},
        {u"address"_s,
         address.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(address.toString())}};
}

} // namespace

QList<MigrationStep> AuditTrail::migrations()
{
    // Pages run newest first by seq; "at" grows with seq, so a time range needs no index
    // of its own. The filters by user and by entity (and id) keep their seq order here.
    return {{u"audit"_s,
             16,
             {
                 u"CREATE INDEX changes_user_seq ON changes(user_name, seq)"_s,
                 u"CREATE INDEX changes_entity_seq ON changes(entity, seq)"_s,
                 u"CREATE INDEX changes_entity_id_seq ON changes(entity, entity_id, seq)"_s,
             }}};
}

Result<QJsonObject> AuditTrail::page(const AuditFilter &filter, int limit, qint64 after)
{
    KeysetQuery query(u"SELECT seq, entity, entity_id, op, data, at, user_name, address "
                      "FROM changes"_s,
                      u"seq"_s, after > 0 ? after : std::numeric_limits<qint64>::max(),
                      KeysetQuery::Order::Descending);
    if (!filter.user.isEmpty())
        query.where(u"user_name = ?"_s, {filter.user});
    if (!filter.entity.isEmpty())
        query.where(u"entity = ?"_s, {filter.entity});
    if (!filter.entityId.isEmpty())
        query.where(u"entity_id = ?"_s, {filter.entityId});
    if (filter.from > 0)
        query.where(u"at >= ?"_s, {filter.from});
    if (filter.to > 0)
        query.where(u"at <= ?"_s, {filter.to});
    if (!filter.readable.isEmpty()) {
        QVariantList entities;
        for (const QString &entity : filter.readable)
            entities.append(entity);
        query.where(u"entity IN ("_s + StoreValues::placeholders(entities.size()) + u")"_s,
                    entities);
    }
    return query.page(m_db, limit, entryFromRow, [](const QJsonObject &item) -> QJsonValue {
        return QString::number(item.value(u"seq"_s).toInteger());
    });
}

} // namespace shopdesk::storage
