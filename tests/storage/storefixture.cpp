#include "storefixture.h"

#include "storage/migrations.h"
#include "storage/storageconfig.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

StoreFixture::StoreFixture()
{
    m_unavailable = m_scratch.unavailableReason();
    if (!m_unavailable.isEmpty())
        return;
    auto config = storage::StorageConfig::fromOptions(m_scratch.dataDir(), m_scratch.databaseUrl());
    if (!config) {
        m_unavailable = config.error().message;
        return;
    }
    auto db = storage::Database::open(config.value(),
                                      u"storage-test-"_s + QUuid::createUuid().toString());
    if (!db) {
        m_unavailable = db.error().message;
        return;
    }
    m_db = std::move(db.value());
    if (auto ok = storage::Migrations::apply(*m_db); !ok) {
        m_unavailable = ok.error().message;
        return;
    }
    m_store = std::make_unique<storage::ShopStore>(*m_db, u"EUR"_s);
    // The admin the writes act for, as the server makes it on first start.
    auto created = write([](storage::ShopStore &store) -> Result<QJsonObject> {
        return store.users().create(admin(), u"admin"_s, u"not-a-hash"_s, u"admin"_s);
    });
    if (!created)
        m_unavailable = created.error().message;
}

// The stores and the connection go before the scratch store drops its database.
StoreFixture::~StoreFixture()
{
    m_store.reset();
    m_db.reset();
}

storage::Actor StoreFixture::admin()
{
    return storage::Actor{1, u"admin"_s, u"admin"_s};
}

Result<QJsonObject>
StoreFixture::write(const std::function<Result<QJsonObject>(storage::ShopStore &)> &fn)
{
    if (auto ok = m_store->batch().begin(); !ok)
        return ok.error();
    auto result = fn(*m_store);
    if (!result) {
        m_store->batch().rollback();
        return result;
    }
    if (auto ok = m_store->batch().end(); !ok)
        return ok.error();
    return result;
}

Result<QJsonObject> StoreFixture::addProduct(const QString &sku, qint64 receipt, qint64 priceMinor)
{
    return write([&](storage::ShopStore &store) -> Result<QJsonObject> {
        auto product = store.products().create(
            admin(), QJsonObject{{u"sku"_s, sku},
                                 {u"name"_s, u"Product "_s + sku},
                                 {u"price"_s, QJsonObject{{u"amount_minor"_s, priceMinor},
                                                          {u"currency"_s, u"EUR"_s}}},
                                 {u"category"_s, u"Test"_s}});
        if (!product || receipt == 0)
            return product;
        storage::MovementInput in;
        in.sku = sku;
        in.kind = u"receipt"_s;
        in.quantity = receipt;
        in.location = u"main"_s;
        return store.ledger().addMovement(admin(), in);
    });
}

Result<qint64> StoreFixture::addCustomer(const QString &name)
{
    auto created = write([&](storage::ShopStore &store) {
        return store.customers().create(admin(), QJsonObject{{u"name"_s, name}}, true);
    });
    if (!created)
        return created.error();
    return created.value().value(u"id"_s).toInteger();
}

Result<QJsonObject> StoreFixture::addOrder(qint64 customerId,
                                           const QList<std::pair<QString, qint64>> &lines,
                                           const QString &paymentMethod)
{
    storage::OrderInput input;
    input.customerId = customerId;
    input.channel = u"phone"_s;
    input.paymentMethod = paymentMethod;
    for (const auto &[sku, quantity] : lines)
        input.lines.append({sku, quantity});
    return write([&](storage::ShopStore &store) {
        return store.orders().create(admin(), input, 30 * 60 * 1000);
    });
}

} // namespace shopdesk::test
