#pragma once

#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"

#include "storage/database.h"
#include "storage/storageconfig.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

namespace shopdesk::test {

using namespace Qt::StringLiterals;

// What the returns suites share: a real server with a mail sink, a 14-day return window,
// the products and customers they sell to, and the steps that make shipped orders and
// returns. Each suite calls startShop() in initTestCase() and stopShop() in
// cleanupTestCase().
class ReturnsSuite : public QObject
{
protected:
    static QJsonArray lines(const QList<QPair<QString, int>> &wanted)
    {
        QJsonArray array;
        for (const auto &[sku, quantity] : wanted)
            array.append(QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, quantity}});
        return array;
    }

    void startShop()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        m_sink = std::make_unique<SmtpSinkProcess>();
        QVERIFY2(m_sink->start(), qPrintable(m_sink->output()));
        m_arguments = {u"--smtp"_s,
                       u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(m_sink->port()),
                       u"--mail-from"_s,
                       u"Kaufhaus Nord <service@kaufhaus.example>"_s,
                       u"--shop-name"_s,
                       u"Kaufhaus Nord"_s,
                       u"--shop-address"_s,
                       u"Hafenstraße 1\n20457 Hamburg"_s,
                       u"--mail-retry-seconds"_s,
                       u"1"_s,
                       u"--return-window-days"_s,
                       u"14"_s};
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        for (const QString &sku : {u"MUG-1"_s, u"CUP-1"_s, u"TEE-S"_s, u"TEE-M"_s})
            QVERIFY(m_shop->addProduct(sku, 1200, 1000));
        QVERIFY(m_shop->addProduct(u"TEE-XL"_s, 1500, 1000));
        const HttpReply customer =
            agent().post(u"/api/v1/customers"_s, {{u"name"_s, u"Jürgen Weiß"_s},
                                                  {u"email"_s, u"juergen@example.de"_s},
                                                  {u"language"_s, u"de"_s}});
        QCOMPARE(customer.status, 201);
        m_customer = customer.json()[u"id"_s].toInteger();
        m_other = m_shop->addCustomer(u"Amy Clarke"_s);
        m_qa = addUser(u"quinn"_s, u"qa"_s);
        QVERIFY(m_qa);
    }

    void stopShop()
    {
        m_qa.reset();
        m_shop.reset();
        m_server.reset();
        m_sink.reset();
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_qa;
    std::unique_ptr<SmtpSinkProcess> m_sink;
    QStringList m_arguments;
    qint64 m_customer = 0;
    qint64 m_other = 0;

    TestHttp &agent() { return m_shop->as(u"agent"_s); }
    TestHttp &warehouse() { return m_shop->as(u"warehouse"_s); }

    // An order of the lines, paid, shipped and (when asked) delivered; its id.
    qint64 shippedOrder(const QList<QPair<QString, int>> &wanted, bool deliver = true,
                        qint64 customer = 0)
    {
        const HttpReply created = agent().post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(customer ? customer : m_customer, wanted));
        if (created.status != 201)
            return -1;
        const QString path = u"/api/v1/orders/%1"_s.arg(created.json()[u"id"_s].toInteger());
        if (agent().post(path + u"/payment"_s, {{u"reference"_s, u"PSP"_s}}).status != 200 ||
            warehouse()
                    .post(path + u"/shipment"_s,
                          {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"1"_s}})
                    .status != 200) {
            return -1;
        }
        if (deliver && warehouse().post(path + u"/delivery"_s, {}).status != 200)
            return -1;
        return created.json()[u"id"_s].toInteger();
    }

    QJsonObject returnBody(qint64 order, const QList<QPair<QString, int>> &wanted,
                           bool approve = false)
    {
        QJsonObject body{
            {u"order_id"_s, order}, {u"reason"_s, u"damaged"_s}, {u"lines"_s, lines(wanted)}};
        if (approve)
            body.insert(u"approve"_s, true);
        return body;
    }

    qint64 approvedReturn(qint64 order, const QList<QPair<QString, int>> &wanted)
    {
        const HttpReply created =
            agent().post(u"/api/v1/returns"_s, returnBody(order, wanted, true));
        if (created.status != 201 || created.json()[u"status"_s].toString() != u"approved"_s)
            return -1;
        return created.json()[u"id"_s].toInteger();
    }

    int returnCount()
    {
        return agent().get(u"/api/v1/returns?limit=1000"_s).json()[u"items"_s].toArray().size();
    }

    QJsonObject returnOf(qint64 id) { return agent().get(u"/api/v1/returns/%1"_s.arg(id)).json(); }

    // The ledger's `return` rows of the SKU that name the return.
    QList<QJsonObject> movementsOf(const QString &sku, qint64 id)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &m : warehouse()
                                       .get(u"/api/v1/movements?limit=1000&sku="_s + sku)
                                       .json()[u"items"_s]
                                       .toArray()) {
            if (m[u"reason"_s].toString() == u"return R-%1"_s.arg(id))
                found.append(m.toObject());
        }
        return found;
    }

    // The ledger's removals of the SKU for the order.
    QList<QJsonObject> removalsOf(const QString &sku, qint64 order)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &m : warehouse()
                                       .get(u"/api/v1/movements?limit=1000&sku="_s + sku)
                                       .json()[u"items"_s]
                                       .toArray()) {
            if (m[u"kind"_s].toString() == u"removal"_s && m[u"order_id"_s].toInteger() == order)
                found.append(m.toObject());
        }
        return found;
    }

    std::unique_ptr<TestHttp> addUser(const QString &name, const QString &role)
    {
        const HttpReply created =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/users"_s, {{u"username"_s, name},
                                           {u"password"_s, name + u"-password-1"_s},
                                           {u"role"_s, role}});
        if (created.status != 201)
            return nullptr;
        auto client = std::make_unique<TestHttp>(m_server->baseUrl());
        if (!client->login(name, name + u"-password-1"_s))
            return nullptr;
        return client;
    }

    // Runs SQL on the store while the server is stopped.
    void shiftDelivery(qint64 order, qint64 back)
    {
        QCOMPARE(m_server->stop(), 0);
        {
            const QStringList storage = m_server->storageArguments();
            const auto option = [&storage](const QString &name) {
                const qsizetype at = storage.indexOf(name);
                return at >= 0 ? storage.value(at + 1) : QString();
            };
            auto config = shopdesk::storage::StorageConfig::fromOptions(option(u"--data"_s),
                                                                        option(u"--database"_s));
            QVERIFY(config);
            auto db = shopdesk::storage::Database::open(config.value(), u"shift"_s);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QVERIFY(db.value()->exec(u"UPDATE order_history SET at = at - ? WHERE order_id = ? "
                                     "AND status = 'delivered'"_s,
                                     {back, order}));
        }
        QVERIFY2(m_server->start(m_arguments), qPrintable(m_server->output()));
    }
};

} // namespace shopdesk::test
