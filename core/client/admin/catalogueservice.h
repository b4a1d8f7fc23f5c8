#pragma once

#include "client/admin/pricechangepreview.h"
#include "client/jsoncalls.h"
#include "domain/product.h"
#include "domain/result.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace shopdesk::client {

class ApiClient;

// What the product dialog sends: the catalogue fields of one product.
struct ProductDraft
{
    QString sku; // only when creating
    QString name;
    QString barcode;
    QString category;
    qint64 priceMinor = 0;
    QString currency;
    qint64 taxRateBp = 0;
    qint64 minimumStock = -1; // at the default location; -1 leaves it as it is
};

// The catalogue's calls to the server (docs/api.md, "Products"): list with or without archived
// products, create, edit, archive and unarchive, and bulk price changes previewed then applied.
// Each change carries its own Idempotency-Key, reused only when the same request is sent again
// after getting no answer. A refusal comes as the server's Error.
class CatalogueService : public QObject
{
    Q_OBJECT
public:
    using ProductDone = std::function<void(const Result<Product> &)>;
    using ProductsDone = std::function<void(const Result<QList<Product>> &)>;
    using PreviewDone = std::function<void(const Result<PriceChangePreview> &)>;
    using AppliedDone = std::function<void(const Result<int> &)>;

    // A bulk change: a category by percent (hundredths: -1050 is -10.5 %) or a CSV list.
    struct PriceRule
    {
        QString category;
        qint64 percentHundredths = 0;
        QString csv; // used when category is empty
    };

    explicit CatalogueService(ApiClient *api, QObject *parent = nullptr);

    // The first products matching query (SKU, name or barcode), at most limit.
    void list(const QString &query, bool withArchived, ProductsDone done, int limit = 500);
    void create(const ProductDraft &draft, ProductDone done);
    void update(const QString &sku, const ProductDraft &draft, ProductDone done);
    void setArchived(const QString &sku, bool archived, ProductDone done);
    void previewPrices(const PriceRule &rule, PreviewDone done);
    // Applies what preview showed; the count of prices changed.
    void applyPrices(const PriceRule &rule, const QString &token, AppliedDone done);

signals:
    // A product was made or changed from here.
    void productsChanged();

private:
    JsonCalls::Answer asProduct(ProductDone done);
    static QJsonObject ruleJson(const PriceRule &rule, bool preview);

    JsonCalls m_calls;
};

} // namespace shopdesk::client
