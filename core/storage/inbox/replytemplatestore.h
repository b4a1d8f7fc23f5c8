#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrationstep.h"
#include "storage/shopstore.h"
#include "storage/storeclock.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace shopdesk::storage {

// Reply templates: one name with a text per language. Every save of a language's text is a
// new version, kept; a template is archived, never deleted, so what was sent stays
// explainable. Texts are checked (languages, placeholders) by the caller before they come here.
class ReplyTemplateStore
{
public:
    explicit ReplyTemplateStore(ShopStore &store);

    static QList<MigrationStep> migrations();

    // A language's new text; an empty body takes the language's text away.
    struct Text
    {
        QString language;
        QString body;
    };

    // template_exists when a template that is not archived has that name (any case).
    Result<QJsonObject> create(const Actor &actor, const QString &name, const QList<Text> &texts);
    // Renames (when name is given) and saves the texts that differ from the current ones;
    // template_archived, template_exists, no_texts_left (the last text taken away).
    Result<QJsonObject> update(const Actor &actor, qint64 id, const std::optional<QString> &name,
                               const QList<Text> &texts);
    // already_archived when it was.
    Result<QJsonObject> archive(const Actor &actor, qint64 id);

    // {id, name, archived, archived_at, texts:[{language, body, version, updated_at,
    // updated_by}], created_at, created_by}; not_found.
    Result<QJsonObject> replyTemplate(qint64 id);
    // The template with every version of every text: history:[{language, version, body,
    // saved_at, saved_by}], oldest first; a removed text's version has body null.
    Result<QJsonObject> withHistory(qint64 id);
    // By id; archived ones only when asked; with a language, only those having a text in it.
    Result<QJsonObject> list(bool archived, const QString &language, int limit, qint64 after);

private:
    Result<QJsonObject> read(qint64 id, bool history);
    Result<void> checkNameFree(const QString &name, qint64 except);
    Result<bool> saveTexts(const Actor &actor, qint64 id, const QList<Text> &texts);

    Database &m_db;
    const StoreClock &m_clock;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
