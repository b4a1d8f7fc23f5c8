#include "storage/inbox/replytemplatestore.h"

#include "domain/tr.h"
#include "storage/keysetquery.h"
#include "storage/storeerrors.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString templateColumns =
    u"id, name, archived_at, archived_by, created_by, created_at FROM reply_templates"_s;

QJsonObject templateFromRow(const SqlRows &q)
{
    return QJsonObject{
        {u"id"_s, q.value(0).toLongLong()},
        {u"name"_s, q.value(1).toString()},
        {u"archived"_s, !q.value(2).isNull()},
        {u"archived_at"_s, StoreClock::isoTimeOrNull(q.value(2))},
        {u"archived_by"_s, q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toString())},
        {u"created_by"_s, q.value(4).toString()},
        {u"created_at"_s, StoreClock::isoTime(q.value(5).toLongLong())}};
}

} // namespace

ReplyTemplateStore::ReplyTemplateStore(ShopStore &store)
    : m_db(store.database())
    , m_clock(store.clock())
    , m_log(store.changes())
{}

QList<MigrationStep> ReplyTemplateStore::migrations()
{
    return {{u"reply_templates"_s,
             13,
             {
                 u"CREATE TABLE reply_templates (id %ID%, name TEXT NOT NULL, "
                 "created_by TEXT NOT NULL, created_at BIGINT NOT NULL, "
                 "archived_at BIGINT, archived_by TEXT)"_s,
                 // Two live templates of one name would leave agents guessing.
                 u"CREATE UNIQUE INDEX reply_templates_live_name ON reply_templates(LOWER(name)) "
                 "WHERE archived_at IS NULL"_s,
                 // The current text of each language.
                 u"CREATE TABLE reply_template_texts ("
                 "template_id BIGINT NOT NULL REFERENCES reply_templates(id), "
                 "language TEXT NOT NULL, body TEXT NOT NULL, version INTEGER NOT NULL, "
                 "updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, "
                 "PRIMARY KEY (template_id, language))"_s,
                 // Every save, a removal as a NULL body.
                 u"CREATE TABLE reply_template_versions (id %ID%, "
                 "template_id BIGINT NOT NULL REFERENCES reply_templates(id), "
                 "language TEXT NOT NULL, version INTEGER NOT NULL, body TEXT, "
                 "saved_at BIGINT NOT NULL, saved_by TEXT NOT NULL, "
                 "UNIQUE (template_id, language, version))"_s,
             }}};
}

Result<void> ReplyTemplateStore::checkNameFree(const QString &name, qint64 except)
{
    auto other = m_db.scalar(u"SELECT id FROM reply_templates WHERE LOWER(name) = LOWER(?) "
                             "AND archived_at IS NULL AND id <> ?"_s,
                             {name, except});
    if (!other)
        return other.error();
    if (!other.value().isNull()) {
        return Error{u"template_exists"_s,
                     Tr::tr("There is a template called \"%1\" already.").arg(name),
                     {{u"id"_s, other.value().toLongLong()}}};
    }
    return {};
}

// True when a text changed. A text equal to the current one is no new version.
Result<bool> ReplyTemplateStore::saveTexts(const Actor &actor, qint64 id, const QList<Text> &texts)
{
    bool changed = false;
    const qint64 now = m_clock.now();
    for (const Text &text : texts) {
        auto current = m_db.fetch(u"SELECT body FROM reply_template_texts "
                                  "WHERE template_id = ? AND language = ?"_s,
                                  {id, text.language});
        if (!current)
            return current.error();
        const bool exists = current.value().next();
        if ((exists && current.value().value(0).toString() == text.body) ||
            (!exists && text.body.isEmpty())) {
            continue;
        }
        auto last = m_db.scalar(u"SELECT MAX(version) FROM reply_template_versions "
                                "WHERE template_id = ? AND language = ?"_s,
                                {id, text.language}, 0);
        if (!last)
            return last.error();
        const int version = last.value().toInt() + 1;
        const QVariant body = text.body.isEmpty() ? QVariant() : QVariant(text.body);
        if (auto ok = m_db.exec(u"INSERT INTO reply_template_versions (template_id, language, "
                                "version, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {id, text.language, version, body, now, actor.username});
            !ok) {
            return ok.error();
        }
        Result<void> ok;
        if (text.body.isEmpty()) {
            ok = m_db.exec(
                u"DELETE FROM reply_template_texts WHERE template_id = ? AND language = ?"_s,
                {id, text.language});
        } else if (exists) {
            ok =
                m_db.exec(u"UPDATE reply_template_texts SET body = ?, version = ?, "
                          "updated_at = ?, updated_by = ? WHERE template_id = ? AND language = ?"_s,
                          {text.body, version, now, actor.username, id, text.language});
        } else {
            ok = m_db.exec(u"INSERT INTO reply_template_texts (template_id, language, body, "
                           "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {id, text.language, text.body, version, now, actor.username});
        }
        if (!ok)
            return ok.error();
        changed = true;
    }
    return changed;
}

Result<QJsonObject> ReplyTemplateStore::create(const Actor &actor, const QString &name,
                                               const QList<Text> &texts)
{
    if (auto ok = checkNameFree(name, 0); !ok)
        return ok.error();
    auto id = m_db.scalar(u"INSERT INTO reply_templates (name, created_by, created_at) "
                          "VALUES (?, ?, ?) RETURNING id"_s,
                          {name, actor.username, m_clock.now()});
    if (!id)
        return id.error();
    const qint64 templateId = id.value().toLongLong();
    if (auto saved = saveTexts(actor, templateId, texts); !saved)
        return saved.error();
    return m_log.appendRead(actor, u"reply_template"_s, QString::number(templateId), u"create"_s,
                            replyTemplate(templateId));
}

Result<QJsonObject> ReplyTemplateStore::update(const Actor &actor, qint64 id,
                                               const std::optional<QString> &name,
                                               const QList<Text> &texts)
{
    auto current = replyTemplate(id);
    if (!current)
        return current;
    if (current.value().value(u"archived"_s).toBool()) {
        return Error{u"template_archived"_s,
                     Tr::tr("Template %1 is archived and can no longer be changed.").arg(id),
                     {}};
    }
    bool changed = false;
    if (name && *name != current.value().value(u"name"_s).toString()) {
        if (auto ok = checkNameFree(*name, id); !ok)
            return ok.error();
        if (auto ok = m_db.exec(u"UPDATE reply_templates SET name = ? WHERE id = ?"_s, {*name, id});
            !ok) {
            return ok.error();
        }
        changed = true;
    }
    auto saved = saveTexts(actor, id, texts);
    if (!saved)
        return saved.error();
    auto left =
        m_db.scalar(u"SELECT COUNT(*) FROM reply_template_texts WHERE template_id = ?"_s, {id});
    if (!left)
        return left.error();
    if (left.value().toInt() == 0) {
        return Error{u"no_texts_left"_s,
                     Tr::tr("A template keeps a text in at least one language; archive it "
                            "instead."),
                     {}};
    }
    if (!changed && !saved.value())
        return current; // nothing to log: the same texts again
    return m_log.appendRead(actor, u"reply_template"_s, QString::number(id), u"update"_s,
                            replyTemplate(id));
}

Result<QJsonObject> ReplyTemplateStore::archive(const Actor &actor, qint64 id)
{
    auto current = replyTemplate(id);
    if (!current)
        return current;
    if (current.value().value(u"archived"_s).toBool()) {
        return Error{u"already_archived"_s,
                     Tr::tr("Template %1 is archived already.").arg(id),
                     {{u"archived_by"_s, current.value().value(u"archived_by"_s)}}};
    }
    if (auto ok = m_db.exec(u"UPDATE reply_templates SET archived_at = ?, archived_by = ? "
                            "WHERE id = ? AND archived_at IS NULL"_s,
                            {m_clock.now(), actor.username, id});
        !ok) {
        return ok.error();
    }
    return m_log.appendRead(actor, u"reply_template"_s, QString::number(id), u"update"_s,
                            replyTemplate(id));
}

Result<QJsonObject> ReplyTemplateStore::read(qint64 id, bool history)
{
    auto q = m_db.fetch(u"SELECT "_s + templateColumns + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreErrors::notFound(Tr::tr("There is no reply template %1.").arg(id));
    QJsonObject object = templateFromRow(q.value());
    auto texts = m_db.fetch(u"SELECT language, body, version, updated_at, updated_by "
                            "FROM reply_template_texts WHERE template_id = ? ORDER BY language"_s,
                            {id});
    if (!texts)
        return texts.error();
    QJsonArray textArray;
    while (texts.value().next()) {
        const SqlRows &t = texts.value();
        textArray.append(
            QJsonObject{{u"language"_s, t.value(0).toString()},
                        {u"body"_s, t.value(1).toString()},
                        {u"version"_s, t.value(2).toInt()},
                        {u"updated_at"_s, StoreClock::isoTime(t.value(3).toLongLong())},
                        {u"updated_by"_s, t.value(4).toString()}});
    }
    object.insert(u"texts"_s, textArray);
    if (!history)
        return object;
    auto versions = m_db.fetch(u"SELECT language, version, body, saved_at, saved_by "
                               "FROM reply_template_versions WHERE template_id = ? "
                               "ORDER BY id"_s,
                               {id});
    if (!versions)
        return versions.error();
    QJsonArray historyArray;
    while (versions.value().next()) {
        const SqlRows &v = versions.value();
        historyArray.append(QJsonObject{
            {u"language"_s, v.value(0).toString()},
            {u"version"_s, v.value(1).toInt()},
            {u"body"_s, v.value(2).isNull() ? QJsonValue() : QJsonValue(v.value(2).toString())},
            {u"saved_at"_s, StoreClock::isoTime(v.value(3).toLongLong())},
            {u"saved_by"_s, v.value(4).toString()}});
    }
    object.insert(u"history"_s, historyArray);
    return object;
}

Result<QJsonObject> ReplyTemplateStore::replyTemplate(qint64 id)
{
    return read(id, false);
}

Result<QJsonObject> ReplyTemplateStore::withHistory(qint64 id)
{
    return read(id, true);
}

Result<QJsonObject> ReplyTemplateStore::list(bool archived, const QString &language, int limit,
                                             qint64 after)
{
    KeysetQuery page(u"SELECT "_s + templateColumns, u"id"_s, after);
    page.where(archived ? u"archived_at IS NOT NULL"_s : u"archived_at IS NULL"_s);
    if (!language.isEmpty()) {
        page.where(u"id IN (SELECT template_id FROM reply_template_texts WHERE language = ?)"_s,
                   {language});
    }
    auto result = page.page(m_db, limit, templateFromRow, KeysetQuery::idCursor);
    if (!result)
        return result;
    // Each item with its texts, read as one template reads.
    QJsonArray items;
    for (const QJsonValue &item : result.value().value(u"items"_s).toArray()) {
        auto full = replyTemplate(item.toObject().value(u"id"_s).toInteger());
        if (!full)
            return full;
        items.append(full.value());
    }
    QJsonObject listed = result.value();
    listed.insert(u"items"_s, items);
    return listed;
}

} // namespace shopdesk::storage
