#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/database.h"
#include "storage/migrationstep.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace shopdesk::storage {

// Product content for the shop's website, over one Database connection: a working draft per
// product (every saved version kept, so a stale save can be shown against what it started
// from), its workflow (draft, in_review, scheduled, published), the numbered published
// revisions, and images stored once by content hash. Writes expect the writer's transaction.
class ContentStore
{
public:
    explicit ContentStore(Database &db);

    static QList<MigrationStep> migrations();

    static const QStringList &fieldNames();
    // Checks and normalises the editable fields (all of them, a whole document); the HTML
    // fields come back sanitised.
    static Result<QJsonObject> validate(const QJsonObject &fields);
    // A category path as stored ("Kitchen/Knives": names trimmed, joined by "/"); empty text is
    // no category; nothing when a name is empty. Product content and page placements share it,
    // so a category's page always matches its products.
    static std::optional<QString> categoryPath(const QString &text);

    Result<QJsonObject> content(const QString &sku);
    // Every product's content in one state (all when empty), newest change first: the review
    // queue is list("in_review").
    Result<QJsonObject> list(const QString &state);
    // Saves a new draft version on top of baseVersion; edit_conflict if someone saved since.
    Result<QJsonObject> save(const Actor &actor, const QString &sku, qint64 baseVersion,
                             const QJsonObject &fields, qint64 now);
    Result<QJsonObject> submit(const Actor &actor, const QString &sku, qint64 now);
    // Publishes the version under review now, or at publishAt when that is later than now.
    Result<QJsonObject> publish(const Actor &actor, const QString &sku, qint64 publishAt,
                                qint64 now);
    Result<QJsonObject> reject(const Actor &actor, const QString &sku, qint64 now);
    Result<QJsonObject> revisions(const QString &sku);
    Result<QJsonObject> revision(const QString &sku, qint64 number);
    // Field by field, what differs between revision from and revision to (0: the current draft).
    Result<QJsonObject> diff(const QString &sku, qint64 from, qint64 to);
    Result<QJsonObject> rollback(const Actor &actor, const QString &sku, qint64 number, qint64 now);
    // Publishes scheduled content due by now; the SKUs published.
    Result<QStringList> publishDue(qint64 now);
    Result<qint64> dueCount(qint64 now);

    // The published content with live availability, for the website.
    Result<QJsonObject> catalog();

    Result<QJsonObject> addImage(const QString &sku, const QString &hash, const QString &mime,
                                 int width, int height, const QByteArray &bytes, qint64 now);
    Result<QJsonObject> images(const QString &sku);
    Result<QJsonObject> orderImages(const QString &sku, const QStringList &hashes);
    Result<QJsonObject> removeImage(const QString &sku, const QString &hash);
    struct ImageData
    {
        QString mime;
        QByteArray bytes;
    };
    Result<ImageData> imageData(const QString &hash);

private:
    Result<void> requireProduct(const QString &sku, bool lock = false);
    Result<QJsonObject> draftRow(const QString &sku, bool lock);
    Result<QJsonObject> draftVersion(const QString &sku, qint64 version);
    Result<QJsonObject> publishNow(const QString &sku, const QString &by, const QString &source,
                                   qint64 now);
    Result<QHash<QString, QJsonArray>> imageLists(const QString &sku);

    Database &m_db;
};

} // namespace shopdesk::storage
