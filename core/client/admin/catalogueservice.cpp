#include "client/admin/catalogueservice.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString productsPath = u"/api/v1/products"_s;

QJsonObject draftJson(const ProductDraft &draft, bool creating)
{
    QJsonObject body{{u"name"_s, draft.name},
                     {u"barcode"_s, draft.barcode},
                     {u"category"_s, draft.category},
                     {u"price"_s, QJsonObject{{u"amount_minor"_s, draft.priceMinor},
                                              {u"currency"_s, draft.currency}}},
                     {u"tax_rate_bp"_s, draft.taxRateBp}};
    if (creating)
        body.insert(u"sku"_s, draft.sku);
    if (draft.minimumStock >= 0)
        body.insert(u"minimum_stock"_s, draft.minimumStock);
    return body;
}

} // namespace

CatalogueService::CatalogueService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_calls(api)
{}

JsonCalls::Answer CatalogueService::asProduct(ProductDone done)
{
    QPointer<CatalogueService> self(this);
    return [self, done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(Product::fromJson(answer.value()));
        if (self)
            emit self->productsChanged();
    };
}

void CatalogueService::list(const QString &query, bool withArchived, ProductsDone done, int limit)
{
    QUrlQuery parameters;
    if (!query.isEmpty())
        parameters.addQueryItem(u"query"_s, query);
    if (withArchived)
        parameters.addQueryItem(u"archived"_s, u"1"_s);
    parameters.addQueryItem(u"limit"_s, QString::number(limit));
    m_calls.get(productsPath, parameters, [done](const Result<QJsonObject> &page) {
        if (!page)
            return done(page.error());
        done(JsonCalls::itemsOf<Product>(page.value()));
    });
}

void CatalogueService::create(const ProductDraft &draft, ProductDone done)
{
    m_calls.post(productsPath, draftJson(draft, true), asProduct(std::move(done)));
}

void CatalogueService::update(const QString &sku, const ProductDraft &draft, ProductDone done)
{
    m_calls.patch(productsPath + u'/' + sku, draftJson(draft, false), asProduct(std::move(done)));
}

void CatalogueService::setArchived(const QString &sku, bool archived, ProductDone done)
{
    m_calls.post(productsPath + u'/' + sku + (archived ? u"/archive"_s : u"/unarchive"_s), {},
                 asProduct(std::move(done)));
}

QJsonObject CatalogueService::ruleJson(const PriceRule &rule, bool preview)
{
    QJsonObject body{{u"preview"_s, preview}};
    if (rule.category.isEmpty()) {
        body.insert(u"csv"_s, rule.csv);
    } else {
        body.insert(u"category"_s, rule.category);
        body.insert(u"percent"_s, double(rule.percentHundredths) / 100);
    }
    return body;
}

void CatalogueService::previewPrices(const PriceRule &rule, PreviewDone done)
{
    m_calls.post(productsPath + u"/prices"_s, ruleJson(rule, true),
                 JsonCalls::as<PriceChangePreview>(std::move(done)));
}

void CatalogueService::applyPrices(const PriceRule &rule, const QString &token, AppliedDone done)
{
    QJsonObject body = ruleJson(rule, false);
    body.insert(u"token"_s, token);
    QPointer<CatalogueService> self(this);
    m_calls.post(productsPath + u"/prices"_s, body,
                 [self, done](const Result<QJsonObject> &answer) {
                     if (!answer)
                         return done(answer.error());
                     done(int(answer.value().value(u"applied"_s).toInteger()));
                     if (self)
                         emit self->productsChanged();
                 });
}

} // namespace shopdesk::client
