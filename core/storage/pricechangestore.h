#pragma once

#include "domain/pricechange.h"
#include "domain/result.h"
#include "storage/actor.h"
#include "storage/productstore.h"

#include <QJsonObject>

#include <optional>

namespace shopdesk::storage {

// What a bulk price change asks for: every active product of a category by a percentage or
// an amount, or the prices of a CSV price list.
struct PriceChangeRequest
{
    QString category;
    std::optional<qint64> percentHundredths; // -1050 is -10.5 %
    std::optional<qint64> deltaMinor;
    QString csv; // used when category is empty
};

// Works out a bulk price change against the catalogue as it stands (the preview) and applies
// it: every change or none, since the writer runs the whole apply in one transaction. The
// token fingerprints the planned changes so an apply only goes ahead on what was previewed.
class PriceChangeStore
{
public:
    PriceChangeStore(ProductStore &products, QString currency)
        : m_products(products)
        , m_currency(std::move(currency))
    {}

    // {changes: [{sku, name, old, new}], problems: [...], count, token}; writes nothing.
    Result<QJsonObject> preview(const PriceChangeRequest &request);
    // Applies the change when it has no problems and still matches token:
    // invalid_price_change (422, details.problems), no_price_changes (422) or
    // preview_outdated (409) otherwise, with nothing written.
    Result<QJsonObject> apply(const Actor &actor, const PriceChangeRequest &request,
                              const QString &token);

private:
    struct Plan
    {
        QList<QJsonObject> changed; // each product as read, its price replaced by the new one
        QList<qint64> oldPrices;
        QList<PriceProblem> problems;
        QString token;
    };
    Result<Plan> plan(const PriceChangeRequest &request);
    Result<QList<QJsonObject>> productsBySku(const QStringList &skus);

    ProductStore &m_products;
    QString m_currency;
};

} // namespace shopdesk::storage
