#include "storage/changelog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

ChangeLog::ChangeLog(Database &db, const StoreClock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<MigrationStep> ChangeLog::migrations()
{
    return {{u"changes"_s,
             1,
             {
                 u"CREATE TABLE changes (seq BIGINT PRIMARY KEY, entity TEXT NOT NULL, "
                 "entity_id TEXT NOT NULL, op TEXT NOT NULL, data TEXT NOT NULL, "
                 "at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
                 // One row, updated by every writing transaction: its row lock is held to
                 // commit, so sequence numbers are handed out in commit order even across
                 // servers.
                 u"CREATE TABLE change_counter (id INTEGER PRIMARY KEY, "
                 "last_seq BIGINT NOT NULL)"_s,
                 u"INSERT INTO change_counter (id, last_seq) VALUES (1, 0)"_s,
             }},
            // Where each change came from; records written before have none.
            {u"changes"_s, 16, {u"ALTER TABLE changes ADD COLUMN address TEXT"_s}}};
}

QString ChangeLog::channel()
{
    return u"shopdesk_changes"_s;
}

Result<void> ChangeLog::append(const Actor &actor, const QString &entity, const QString &id,
                               const QString &op, const QJsonObject &data)
{
    ++m_seq;
    return m_db.exec(
        u"INSERT INTO changes (seq, entity, entity_id, op, data, at, user_name, address) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {m_seq, entity, id, op,
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), m_clock.now(),
         actor.username,
         actor.address.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                 : QVariant(actor.address)});
}

Result<QJsonObject> ChangeLog::appendRead(const Actor &actor, const QString &entity,
                                          const QString &id, const QString &op,
                                          Result<QJsonObject> read)
{
    if (!read)
        return read;
    if (auto ok = append(actor, entity, id, op, read.value()); !ok)
        return ok.error();
    return read;
}

Result<QJsonArray> ChangeLog::read(qint64 since, int limit)
{
    auto q = m_db.fetch(u"SELECT seq, entity, entity_id, op, data, at, user_name FROM changes "
                        "WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                        {since, limit});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

QJsonObject ChangeLog::fromRow(const SqlRows &r)
{
    return QJsonObject{
        {u"seq"_s, r.value(0).toLongLong()},
        {u"entity"_s, r.value(1).toString()},
        {u"id"_s, r.value(2).toString()},
        {u"op"_s, r.value(3).toString()},
        {u"data"_s, QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object()},
        {u"at"_s, StoreClock::isoTime(r.value(5).toLongLong())},
        {u"user"_s, r.value(6).toString()}};
}

Result<qint64> ChangeLog::lastSeq()
{
    auto v = m_db.scalar(u"SELECT last_seq FROM change_counter WHERE id = 1"_s, {}, 0);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<void> ChangeLog::lockCounter()
{
    auto seq = m_db.scalar(
        u"SELECT last_seq FROM change_counter WHERE id = 1"_s + m_db.dialect().forUpdate(), {}, 0);
    if (!seq)
        return seq.error();
    m_seq = m_seqAtLock = seq.value().toLongLong();
    return {};
}

Result<void> ChangeLog::publish()
{
    if (m_seq == m_seqAtLock)
        return {};
    if (auto ok = m_db.exec(u"UPDATE change_counter SET last_seq = ? WHERE id = 1"_s, {m_seq});
        !ok) {
        return ok;
    }
    // Other servers on this database learn of the new records at our commit.
    const QString notify = m_db.dialect().notify();
    if (notify.isEmpty())
        return {};
    return m_db.exec(notify, {channel(), QString::number(m_seq)});
}

} // namespace shopdesk::storage
