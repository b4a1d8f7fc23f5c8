#include "server/productroutes.h"

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "storage/warehousestore.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxAmountMinor = 9000000000000000LL; // exact in a JSON double
constexpr qint64 maxTaxRateBp = 10000;                // 100 %
constexpr qint64 maxMinimumStock = 1000000;

// The product as written, after its minimum stock at "main" when the body sets one: the
// catalogue dialog keeps both, and a manager may set it here (PUT /stock/{sku}/minimum is
// the warehouse's).
Result<QJsonObject> withMinimum(storage::ShopStore &store, const storage::Actor &actor,
                                const QJsonObject &object, Result<QJsonObject> written)
{
    if (!written || !object.contains(u"minimum_stock"_s))
        return written;
    const QString sku = written.value().value(u"sku"_s).toString();
    auto minimum = storage::WarehouseStore(store).setMinimum(
        actor, sku, u"main"_s, object.value(u"minimum_stock"_s).toInteger());
    if (!minimum)
        return minimum.error();
    return store.products().product(sku);
}

} // namespace

QList<Route> ProductRoutes::routes()
{
    const auto update = [this](const CallPtr &call) { updateProduct(call); };
    return {
        {"GET", u"products"_s, Capability::ReadCatalog,
         [this](const CallPtr &call) { listProducts(call); }},
        {"POST", u"products"_s, Capability::EditProducts,
         [this](const CallPtr &call) { createProduct(call); }},
        {"GET", u"products/{sku}"_s, Capability::ReadCatalog,
         [this](const CallPtr &call) { getProduct(call); }},
        {"PATCH", u"products/{sku}"_s, Capability::EditProducts, update},
        {"PUT", u"products/{sku}"_s, Capability::EditProducts, update},
        {"GET", u"stock/{sku}"_s, Capability::ReadCatalog,
         [this](const CallPtr &call) { getStock(call); }},
        {"POST", u"products/{sku}/archive"_s, Capability::EditProducts,
         [this](const CallPtr &call) { setArchived(call, true); }},
        {"POST", u"products/{sku}/unarchive"_s, Capability::EditProducts,
         [this](const CallPtr &call) { setArchived(call, false); }},
    };
}

bool ProductRoutes::validProductFields(const CallPtr &call, const QJsonObject &object,
                                       bool creating)
{
    JsonBody body(object);
    QStringList allowed = {u"name"_s,        u"price"_s,       u"category"_s,     u"barcode"_s,
                           u"description"_s, u"tax_rate_bp"_s, u"minimum_stock"_s};
    if (creating)
        allowed.append(u"sku"_s);
    body.allowOnly(allowed);
    if (creating) {
        const QString sku = body.string(u"sku"_s, true, 64);
        if (body.ok() && !Sku::isValid(sku)) {
            body.setError(422, u"invalid_sku"_s,
                          Tr::tr("A SKU is 1 to 64 letters, digits, dots, dashes or underscores."),
                          u"sku"_s);
        } else if (body.ok() && sku == u"prices"_s) {
            // The bulk price route is products/prices: a product of that SKU could not be read.
            body.setError(422, u"invalid_sku"_s,
                          Tr::tr("\"prices\" names the catalogue's price changes; choose another "
                                 "SKU."),
                          u"sku"_s);
        }
    }
    body.string(u"name"_s, creating, JsonBody::nameLength, false);
    const QJsonObject price = body.object(u"price"_s, creating);
    body.string(u"category"_s, false, JsonBody::nameLength);
    body.string(u"barcode"_s, false, JsonBody::nameLength);
    body.string(u"description"_s, false, JsonBody::textLength);
    body.integer(u"tax_rate_bp"_s, false, 0, maxTaxRateBp, u"invalid_tax_rate"_s);
    body.integer(u"minimum_stock"_s, false, 0, maxMinimumStock, u"invalid_quantity"_s);
    if (body.ok() && body.has(u"price"_s)) {
        JsonBody money(price);
        money.allowOnly({u"amount_minor"_s, u"currency"_s});
        money.integer(u"amount_minor"_s, true, 0, maxAmountMinor, u"invalid_amount"_s);
        const QString currency = money.string(u"currency"_s, true, 3);
        if (money.ok() && !Currency::parse(currency))
            money.setError(422, u"invalid_currency"_s,
                           Tr::tr("%1 is not an ISO 4217 currency.").arg(currency), u"currency"_s);
        if (money.ok() && currency != m_reader.currency())
            money.setError(
                422, u"currency_mismatch"_s,
                Tr::tr("The shop sells in %1, not %2.").arg(m_reader.currency(), currency),
                u"currency"_s);
        if (!money.ok()) {
            Error e = money.error();
            e.details.insert(u"field"_s, u"price."_s + e.details.value(u"field"_s).toString());
            call->fail(e);
            return false;
        }
    }
    if (!body.ok()) {
        call->fail(body.error());
        return false;
    }
    return true;
}

void ProductRoutes::createProduct(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object) || !validProductFields(call, object, true))
        return;
    const storage::Actor actor = call->actor;
    call->write(201, [actor, object](storage::ShopStore &store) {
        return withMinimum(store, actor, object, store.products().create(actor, object));
    });
}

void ProductRoutes::updateProduct(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object) || !validProductFields(call, object, false))
        return;
    const storage::Actor actor = call->actor;
    const QString sku = call->params.value(0);
    call->write(200, [actor, sku, object](storage::ShopStore &store) {
        return withMinimum(store, actor, object, store.products().update(actor, sku, object));
    });
}

void ProductRoutes::listProducts(const CallPtr &call)
{
    if (!call->checkQuery({u"query"_s, u"limit"_s, u"after"_s, u"archived"_s}))
        return;
    int limit = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error))
        return call->fail(error);
    const QString archived = call->request.queryValue(u"archived"_s);
    if (!QStringList{QString(), u"0"_s, u"1"_s, u"false"_s, u"true"_s}.contains(archived))
        return call->fail(u"invalid_parameter"_s, Tr::tr("archived must be 1 or 0."));
    const bool withArchived = archived == u"1"_s || archived == u"true"_s;
    const QString query = call->request.queryValue(u"query"_s).left(JsonBody::nameLength);
    call->reply(200, m_reader.products().list(query, limit, call->request.queryValue(u"after"_s),
                                              withArchived));
}

void ProductRoutes::getProduct(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, m_reader.products().product(call->params.value(0)));
}

void ProductRoutes::setArchived(const CallPtr &call, bool archived)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    const QString sku = call->params.value(0);
    call->write(200, [actor, sku, archived](storage::ShopStore &store) {
        return store.products().setArchived(actor, sku, archived);
    });
}

void ProductRoutes::getStock(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, m_reader.ledger().stock(call->params.value(0)));
}

} // namespace shopdesk::server
