#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::storage {

// Where products stand on the website's pages: one placement record per page ("home", or
// "category:<path>") with a fixed number of featured slots and, on a category page, the order
// of its products. Editors save drafts over the version they started from; a manager
// publishes, and the catalog reads only what was published. Writes expect the writer's
// transaction.
class PlacementStore
{
public:
    explicit PlacementStore(Database &db);

    static QList<MigrationStep> migrations();

    static constexpr int homeSlots = 4;
    static constexpr int categorySlots = 3;
    static constexpr int maxOrder = 10000;

    // "home" or "category:<path>" with the path normalised as content categories are;
    // invalid_parameter for anything else.
    static Result<QString> normalisePage(const QString &page);
    static int slotsOf(const QString &page);
    // The category path of a category page, empty for the home page.
    static QString categoryOf(const QString &page);

    // The draft and the published placement of a page, with the products that belong on it
    // (for a category, those whose content names exactly that category; for the home page,
    // every product with content). A page never saved answers version 0 and empty slots.
    Result<QJsonObject> placement(const QString &page);
    // Checks shape and SKUs (422 invalid_field / unknown_sku / duplicate_sku), then saves a
    // new draft version on top of baseVersion; edit_conflict if someone saved since.
    Result<QJsonObject> save(const Actor &actor, const QString &page, qint64 baseVersion,
                             const QJsonArray &featured, const QJsonArray &order, qint64 now);
    // Publishes the saved draft (version, when above 0, must be the one the manager saw).
    Result<QJsonObject> publish(const Actor &actor, const QString &page, qint64 version,
                                qint64 now);
    // Every category named by product content, with how many products name it.
    Result<QJsonObject> categories();
    // The published placement of every page that has one: page -> {featured, order}.
    Result<QHash<QString, QJsonObject>> published();

private:
    Result<QJsonObject> row(const QString &page, bool lock);
    Result<QJsonArray> products(const QString &page);

    Database &m_db;
};

} // namespace shopdesk::storage
