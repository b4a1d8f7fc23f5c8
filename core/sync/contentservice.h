#pragma once

#include "domain/result.h"
#include "sync/retrykeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace shopdesk::sync {

class ApiClient;

// The Content module's calls to the server (docs/api.md, "Content"): product page drafts,
// review and publication, revisions and images. Each action carries its own Idempotency-Key,
// reused only when the same request is sent again after getting no answer.
class ContentService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QJsonObject> &)>;
    using Rows = std::function<void(const Result<QJsonArray> &)>;

    explicit ContentService(ApiClient *api, QObject *parent = nullptr);

    // The content object of a product (version 0 and empty fields when none was written).
    void load(const QString &sku, Done done);
    // A whole document; a 409 edit_conflict keeps its details in the Error.
    void save(const QString &sku, const QJsonObject &fields, qint64 baseRevision, Done done);
    void submit(const QString &sku, Done done);
    // An invalid time publishes at once; a future one schedules.
    void publish(const QString &sku, const QDateTime &at, Done done);
    void reject(const QString &sku, Done done);
    // Content list in one state ("" for all); the review queue is "in_review".
    void list(const QString &state, Rows done);
    void revisions(const QString &sku, Rows done);
    // to < 0 compares with the current draft.
    void diff(const QString &sku, qint64 from, qint64 to, Done done);
    void rollback(const QString &sku, qint64 revision, Done done);

    void images(const QString &sku, Rows done);
    void uploadImage(const QString &sku, const QByteArray &bytes, const QString &mime, Rows done);
    void reorderImages(const QString &sku, const QStringList &hashes, Rows done);
    void deleteImage(const QString &sku, const QString &hash, Rows done);
    // Every category named by product content: [{path, products}].
    void categories(Rows done);
    // The placement of a page ("home" or "category:<path>"), with the products it can show.
    void placement(const QString &page, Done done);
    // featured: one SKU or null a slot; order: the category's products, first first.
    // A 409 edit_conflict keeps the newer placement in details.theirs.
    void savePlacement(const QString &page, const QJsonArray &featured, const QJsonArray &order,
                       qint64 baseVersion, Done done);
    void publishPlacement(const QString &page, qint64 version, Done done);

    // The bytes of a stored image.
    void imageBytes(const QString &hash, std::function<void(const Result<QByteArray> &)> done);

private:
    // A change; the same request sent again after no answer keeps its Idempotency-Key.
    void mutate(const QByteArray &method, const QString &path, const QByteArray &body,
                const QString &contentType, std::function<void(const Result<QJsonObject> &)> done,
                const QUrlQuery &query = {});

    QPointer<ApiClient> m_api;
    RetryKeys m_keys;
};

} // namespace shopdesk::sync
