#include "domain/product.h"

#include "domain/ids.h"
#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

void readSku(JsonFields &fields, QString &sku)
{
    sku = fields.text(u"sku"_s, JsonFields::Required);
    if (fields.ok() && !Sku::isValid(sku))
        fields.reject(u"sku"_s, Sku::parse(sku).error());
}

void readStock(JsonFields &fields, StockLevel &stock)
{
    readSku(fields, stock.sku);
    stock.onHand = fields.integer(u"on_hand"_s, JsonFields::Required);
    stock.reserved = fields.integer(u"reserved"_s, JsonFields::Required);
    stock.available = fields.integer(u"available"_s, JsonFields::Required);
}

} // namespace

Result<StockLevel> StockLevel::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    StockLevel stock;
    readStock(fields, stock);
    if (!fields.ok())
        return fields.error();
    return stock;
}

QJsonObject StockLevel::toJson() const
{
    return QJsonObject{{u"sku"_s, sku},
                       {u"on_hand"_s, onHand},
                       {u"reserved"_s, reserved},
                       {u"available"_s, available}};
}

std::optional<Money> Product::price() const
{
    auto money = Money::create(priceMinor, currency);
    return money ? std::optional<Money>(money.value()) : std::nullopt;
}

Result<Product> Product::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    Product product;
    readSku(fields, product.sku);
    product.name = fields.text(u"name"_s, JsonFields::Required);
    product.category = fields.text(u"category"_s);
    product.barcode = fields.text(u"barcode"_s);
    if (const auto price = fields.money(u"price"_s, JsonFields::Required)) {
        product.priceMinor = price->amountMinor();
        product.currency = price->currency().code();
    }
    product.updatedAt = fields.text(u"updated_at"_s);
    product.taxRateBp = fields.integer(u"tax_rate_bp"_s);
    product.archived = fields.boolean(u"archived"_s);
    if (object.value(u"minimum_stock"_s).isDouble())
        product.minimumStock = fields.integer(u"minimum_stock"_s);
    const QJsonObject stockObject = fields.object(u"stock"_s);
    if (fields.ok() && !stockObject.isEmpty()) {
        JsonFields stockFields(stockObject, fields.pathOf(u"stock"_s));
        StockLevel stock;
        readStock(stockFields, stock);
        fields.adopt(stockFields);
        product.onHand = stock.onHand;
        product.reserved = stock.reserved;
        product.available = stock.available;
    }
    if (!fields.ok())
        return fields.error();
    return product;
}

QJsonObject Product::toJson() const
{
    QJsonObject object{
        {u"sku"_s, sku},
        {u"name"_s, name},
        {u"category"_s, category},
        {u"barcode"_s, barcode},
        {u"price"_s, QJsonObject{{u"amount_minor"_s, priceMinor}, {u"currency"_s, currency}}},
        {u"tax_rate_bp"_s, taxRateBp},
        {u"archived"_s, archived},
        {u"stock"_s, StockLevel{sku, onHand, reserved, available}.toJson()}};
    if (!updatedAt.isEmpty())
        object.insert(u"updated_at"_s, updatedAt);
    return object;
}

} // namespace shopdesk
