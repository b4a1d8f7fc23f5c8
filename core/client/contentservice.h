#pragma once

#include "client/retrykeys.h"
#include "domain/contentcategory.h"
#include "domain/contentdiff.h"
#include "domain/contentlistitem.h"
#include "domain/contentrevision.h"
#include "domain/pageplacement.h"
#include "domain/productcontent.h"
#include "domain/productimage.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// The Content module's calls to the server (docs/api.md, "Content"): product page drafts,
// review and publication, revisions and images. Each action carries its own Idempotency-Key,
// reused only when the same request is sent again after getting no answer. Answers come as
// domain types; an answer that cannot be read fails with invalid_answer.
class ContentService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<ProductContent> &)>;
    using Images = std::function<void(const Result<QList<ProductImage>> &)>;
    using PlacementDone = std::function<void(const Result<PagePlacement> &)>;

    explicit ContentService(ApiClient *api, QObject *parent = nullptr);

    // The content object of a product (version 0 and empty fields when none was written).
    void load(const QString &sku, Done done);
    // A whole document; a 409 edit_conflict keeps its details in the Error (ContentConflict
    // reads them).
    void save(const QString &sku, const ContentFields &fields, qint64 baseRevision, Done done);
    void submit(const QString &sku, Done done);
    // An invalid time publishes at once; a future one schedules.
    void publish(const QString &sku, const QDateTime &at, Done done);
    void reject(const QString &sku, Done done);
    // Content list in one state ("" for all); the review queue is "in_review".
    void list(const QString &state,
              std::function<void(const Result<QList<ContentListItem>> &)> done);
    void revisions(const QString &sku,
                   std::function<void(const Result<QList<ContentRevision>> &)> done);
    // to < 0 compares with the current draft.
    void diff(const QString &sku, qint64 from, qint64 to,
              std::function<void(const Result<ContentDiff> &)> done);
    void rollback(const QString &sku, qint64 revision, Done done);

    // Each gives the product's images afterwards, the main one first.
    void images(const QString &sku, Images done);
    void uploadImage(const QString &sku, const QByteArray &bytes, const QString &mime, Images done);
    void reorderImages(const QString &sku, const QStringList &hashes, Images done);
    void deleteImage(const QString &sku, const QString &hash, Images done);
    // Every category named by product content.
    void categories(std::function<void(const Result<QList<ContentCategory>> &)> done);
    // The placement of a page ("home" or "category:<path>"), with the products it can show.
    void placement(const QString &page, PlacementDone done);
    // featured: one SKU a slot, empty for none; order: the category's products, first first.
    // A 409 edit_conflict keeps the newer placement in details.theirs.
    void savePlacement(const QString &page, const QStringList &featured, const QStringList &order,
                       qint64 baseVersion, PlacementDone done);
    void publishPlacement(const QString &page, qint64 version, PlacementDone done);

    // The bytes of a stored image.
    void imageBytes(const QString &hash, std::function<void(const Result<QByteArray> &)> done);

private:
    using Answer = std::function<void(const Result<QJsonObject> &)>;

    // A read: the answer's JSON, or why there is none.
    void fetch(const QString &path, const QUrlQuery &query, Answer done);
    // A change; the same request sent again after no answer keeps its Idempotency-Key.
    void mutate(const QByteArray &method, const QString &path, const QByteArray &body,
                const QString &contentType, Answer done, const QUrlQuery &query = {});

    QPointer<ApiClient> m_api;
    RetryKeys m_keys;
};

} // namespace shopdesk::client
