#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// The catalogue as managers keep it: products with a tax rate and a unique barcode, archived
// instead of deleted (no longer orderable, history kept), and bulk price changes previewed in
// full, then applied all at once or not at all — also when the server is killed mid-apply.
class TestCatalogue : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerProcess> m_process; // a fresh store for each test
    std::unique_ptr<ShopFixture> m_shop;

    ServerProcess &server() const { return *m_process; }
    TestHttp &manager() { return m_shop->as(u"manager"_s); }

    static QJsonObject eur(qint64 minor)
    {
        return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
    }

    static QJsonObject productBody(const QString &sku, qint64 price, const QString &category,
                                   const QString &barcode = {})
    {
        return QJsonObject{{u"sku"_s, sku},          {u"name"_s, u"Product "_s + sku},
                           {u"price"_s, eur(price)}, {u"category"_s, category},
                           {u"barcode"_s, barcode},  {u"tax_rate_bp"_s, 1900}};
    }

    bool addProduct(const QString &sku, qint64 price, const QString &category,
                    const QString &barcode = {})
    {
        return manager()
                   .post(u"/api/v1/products"_s, productBody(sku, price, category, barcode))
                   .status == 201;
    }

    // Every product, archived ones too, by SKU.
    QHash<QString, QJsonObject> catalogue()
    {
        QHash<QString, QJsonObject> all;
        QString after;
        for (;;) {
            QString path = u"/api/v1/products?archived=1&limit=500"_s;
            if (!after.isEmpty())
                path += u"&after="_s + after;
            const QJsonObject page = manager().get(path).json();
            for (const QJsonValue &item : page[u"items"_s].toArray())
                all.insert(item[u"sku"_s].toString(), item.toObject());
            if (page[u"next"_s].isNull() || page[u"next"_s].isUndefined())
                return all;
            after = page[u"next"_s].toString();
        }
    }

    qint64 priceOf(const QString &sku)
    {
        return manager()
            .get(u"/api/v1/products/"_s + sku)
            .json()[u"price"_s][u"amount_minor"_s]
            .toInteger();
    }

    HttpReply prices(const QJsonObject &body, const QString &key = {})
    {
        return manager().post(u"/api/v1/products/prices"_s, body,
                              key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : key);
    }

    QJsonArray changesSince(qint64 since, const QString &entity)
    {
        QJsonArray found;
        const QJsonArray all = manager()
                                   .get(u"/api/v1/changes?since=%1&limit=5000"_s.arg(since))
                                   .json()[u"changes"_s]
                                   .toArray();
        for (const QJsonValue &change : all) {
            if (change[u"entity"_s].toString() == entity)
                found.append(change);
        }
        return found;
    }

private slots:
    void init()
    {
        m_process = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_process);
        QVERIFY2(server().start(), qPrintable(server().output()));
        m_shop = std::make_unique<ShopFixture>(server().baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
    }
    void cleanup()
    {
        m_shop.reset();
        if (m_process)
            QCOMPARE(server().stop(), 0);
        m_process.reset();
    }

    void aProductKeepsItsTaxRate()
    {
        const HttpReply made =
            manager().post(u"/api/v1/products"_s, productBody(u"TAX-1"_s, 1000, u"Kitchen"_s));
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json()[u"tax_rate_bp"_s].toInteger(), 1900);
        QCOMPARE(made.json()[u"archived"_s], QJsonValue(false));
        QVERIFY(made.json()[u"archived_at"_s].isNull());
        QJsonObject plain = productBody(u"TAX-0"_s, 1000, u"Kitchen"_s);
        plain.remove(u"tax_rate_bp"_s);
        QCOMPARE(manager().post(u"/api/v1/products"_s, plain).json()[u"tax_rate_bp"_s].toInteger(),
                 0);
        QVERIFY(made.json()[u"minimum_stock"_s].isNull());
        const HttpReply changed = manager().patch(
            u"/api/v1/products/TAX-1"_s, {{u"tax_rate_bp"_s, 700}, {u"minimum_stock"_s, 3}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json()[u"minimum_stock"_s].toInteger(), 3);
        QCOMPARE(manager().get(u"/api/v1/products/TAX-1"_s).json()[u"tax_rate_bp"_s].toInteger(),
                 700);
    }

    void badProductInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QJsonObject duplicateSku = productBody(u"A-1"_s, 500, u"Kitchen"_s);
        QJsonObject duplicateBarcode = productBody(u"NEW-1"_s, 500, u"Kitchen"_s, u"4001"_s);
        QJsonObject negative = productBody(u"NEW-2"_s, -1, u"Kitchen"_s);
        QJsonObject taxHigh = productBody(u"NEW-3"_s, 500, u"Kitchen"_s);
        taxHigh.insert(u"tax_rate_bp"_s, 10001);
        QJsonObject taxNegative = productBody(u"NEW-4"_s, 500, u"Kitchen"_s);
        taxNegative.insert(u"tax_rate_bp"_s, -1);
        QJsonObject taxFraction = productBody(u"NEW-5"_s, 500, u"Kitchen"_s);
        taxFraction.insert(u"tax_rate_bp"_s, 19.5);

        const QString post = u"/api/v1/products"_s;
        const QString b2 = u"/api/v1/products/B-2"_s;
        QTest::addRow("duplicate SKU")
            << QByteArray("POST") << post << duplicateSku << 409 << u"sku_exists"_s;
        QTest::addRow("duplicate barcode")
            << QByteArray("POST") << post << duplicateBarcode << 409 << u"barcode_exists"_s;
        QTest::addRow("barcode taken by edit")
            << QByteArray("PATCH") << b2 << QJsonObject{{u"barcode"_s, u"4001"_s}} << 409
            << u"barcode_exists"_s;
        QTest::addRow("negative price")
            << QByteArray("POST") << post << negative << 422 << u"invalid_amount"_s;
        QTest::addRow("negative price by edit")
            << QByteArray("PATCH") << b2 << QJsonObject{{u"price"_s, eur(-5)}} << 422
            << u"invalid_amount"_s;
        QTest::addRow("SKU of the price route")
            << QByteArray("POST") << post << productBody(u"prices"_s, 500, u"Kitchen"_s) << 422
            << u"invalid_sku"_s;
        QTest::addRow("tax rate above 100 percent")
            << QByteArray("POST") << post << taxHigh << 422 << u"invalid_tax_rate"_s;
        QTest::addRow("negative tax rate")
            << QByteArray("POST") << post << taxNegative << 422 << u"invalid_tax_rate"_s;
        QTest::addRow("tax rate not whole")
            << QByteArray("POST") << post << taxFraction << 400 << u"invalid_type"_s;
        QTest::addRow("negative minimum stock")
            << QByteArray("PATCH") << b2 << QJsonObject{{u"minimum_stock"_s, -1}} << 422
            << u"invalid_quantity"_s;
        QTest::addRow("tax rate by edit")
            << QByteArray("PATCH") << b2 << QJsonObject{{u"tax_rate_bp"_s, 20000}} << 422
            << u"invalid_tax_rate"_s;
    }
    void badProductInputChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(addProduct(u"A-1"_s, 500, u"Kitchen"_s, u"4001"_s));
        QVERIFY(addProduct(u"B-2"_s, 700, u"Kitchen"_s, u"4002"_s));
        const auto before = catalogue();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply =
            manager().send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(catalogue(), before);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void anEmptyBarcodeIsNeverTaken()
    {
        QVERIFY(addProduct(u"E-1"_s, 500, u"Kitchen"_s));
        QVERIFY(addProduct(u"E-2"_s, 500, u"Kitchen"_s));
    }

    void anArchivedProductCannotBeOrderedAndKeepsItsHistory()
    {
        QVERIFY(m_shop->addProduct(u"OLD-1"_s, 1200, 10));
        const qint64 customer = m_shop->addCustomer(u"Ada"_s);
        TestHttp &agent = m_shop->as(u"agent"_s);
        const HttpReply first =
            agent.post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"OLD-1"_s, 2}}));
        QCOMPARE(first.status, 201);
        const qint64 seq = m_shop->lastSeq();

        QCOMPARE(agent.post(u"/api/v1/products/OLD-1/archive"_s, {}).status, 403);
        const HttpReply archived = manager().post(u"/api/v1/products/OLD-1/archive"_s, {});
        QCOMPARE(archived.status, 200);
        QCOMPARE(archived.json()[u"archived"_s], QJsonValue(true));
        QVERIFY(archived.json()[u"archived_at"_s].toString().endsWith(u'Z'));
        const QJsonArray logged = changesSince(seq, u"product"_s);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged[0][u"data"_s][u"archived"_s], QJsonValue(true));

        // Left out of the list unless asked for; still readable by SKU.
        QVERIFY(agent.get(u"/api/v1/products"_s).json()[u"items"_s].toArray().isEmpty());
        QCOMPARE(agent.get(u"/api/v1/products?archived=1"_s).json()[u"items"_s].toArray().size(),
                 1);
        QCOMPARE(agent.get(u"/api/v1/products/OLD-1"_s).status, 200);
        QCOMPARE(agent.get(u"/api/v1/products?archived=maybe"_s).errorCode(),
                 u"invalid_parameter"_s);

        const qint64 reserved = m_shop->reserved(u"OLD-1"_s);
        const HttpReply refused =
            agent.post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"OLD-1"_s, 1}}));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"product_archived"_s);
        QCOMPARE(m_shop->reserved(u"OLD-1"_s), reserved);
        // The order taken before is untouched.
        const QString orderPath = u"/api/v1/orders/%1"_s.arg(first.json()[u"id"_s].toInteger());
        QCOMPARE(agent.get(orderPath).json()[u"status"_s].toString(), u"reserved"_s);

        QCOMPARE(manager().post(u"/api/v1/products/OLD-1/archive"_s, {}).errorCode(),
                 u"already_archived"_s);
        QCOMPARE(manager().post(u"/api/v1/products/NOPE/archive"_s, {}).status, 404);
        QCOMPARE(manager().post(u"/api/v1/products/OLD-1/unarchive"_s, {}).status, 200);
        QCOMPARE(manager().post(u"/api/v1/products/OLD-1/unarchive"_s, {}).errorCode(),
                 u"not_archived"_s);
        QCOMPARE(
            agent.post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"OLD-1"_s, 1}}))
                .status,
            201);
    }

    void aCategoryChangesByPercentAfterAPreview()
    {
        QVERIFY(addProduct(u"K-1"_s, 1000, u"Kitchen"_s));
        QVERIFY(addProduct(u"K-2"_s, 1995, u"Kitchen"_s)); // 1795.5 rounds away from zero
        QVERIFY(addProduct(u"K-3"_s, 5, u"Kitchen"_s));    // 4.5 rounds to 5: unchanged
        QVERIFY(addProduct(u"K-4"_s, 999, u"Kitchen"_s));
        QVERIFY(addProduct(u"G-1"_s, 1000, u"Garden"_s));
        QCOMPARE(manager().post(u"/api/v1/products/K-4/archive"_s, {}).status, 200);
        const auto before = catalogue();
        const qint64 seq = m_shop->lastSeq();

        const QJsonObject rule{{u"category"_s, u"Kitchen"_s}, {u"percent"_s, -10}};
        QJsonObject body = rule;
        body.insert(u"preview"_s, true);
        const HttpReply preview = prices(body);
        QCOMPARE(preview.status, 200);
        const QJsonArray changes = preview.json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][u"sku"_s].toString(), u"K-1"_s);
        QCOMPARE(changes[0][u"name"_s].toString(), u"Product K-1"_s);
        QCOMPARE(changes[0][u"old"_s].toObject(), eur(1000));
        QCOMPARE(changes[0][u"new"_s].toObject(), eur(900));
        QCOMPARE(changes[1][u"new"_s].toObject(), eur(1796));
        QVERIFY(preview.json()[u"problems"_s].toArray().isEmpty());
        const QString token = preview.json()[u"token"_s].toString();
        QVERIFY(!token.isEmpty());
        // A preview writes nothing.
        QCOMPARE(catalogue(), before);
        QCOMPARE(m_shop->lastSeq(), seq);

        body = rule;
        body.insert(u"preview"_s, false);
        body.insert(u"token"_s, token);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpReply applied = prices(body, key);
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json()[u"applied"_s].toInt(), 2);
        QCOMPARE(priceOf(u"K-1"_s), 900);
        QCOMPARE(priceOf(u"K-2"_s), 1796);
        QCOMPARE(priceOf(u"K-3"_s), 5);
        QCOMPARE(priceOf(u"K-4"_s), 999);
        QCOMPARE(priceOf(u"G-1"_s), 1000);
        const QJsonArray logged = changesSince(seq, u"product"_s);
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged[1][u"data"_s][u"price"_s].toObject(), eur(1796));
        QCOMPARE(logged[1][u"data"_s][u"tax_rate_bp"_s].toInteger(), 1900);

        // The same request again is answered as before; the old preview no longer holds.
        const qint64 afterSeq = m_shop->lastSeq();
        QCOMPARE(prices(body, key).body, applied.body);
        const HttpReply stale = prices(body);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), u"preview_outdated"_s);
        QCOMPARE(priceOf(u"K-1"_s), 900);
        QCOMPARE(m_shop->lastSeq(), afterSeq);
    }

    void anAmountThatWouldMakeAPriceNegativeIsRefused()
    {
        QVERIFY(addProduct(u"K-1"_s, 1000, u"Kitchen"_s));
        QVERIFY(addProduct(u"K-2"_s, 300, u"Kitchen"_s));
        QJsonObject body{
            {u"category"_s, u"Kitchen"_s}, {u"amount_minor"_s, -500}, {u"preview"_s, true}};
        const HttpReply preview = prices(body);
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json()[u"changes"_s].toArray().size(), 1);
        const QJsonArray problems = preview.json()[u"problems"_s].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0][u"sku"_s].toString(), u"K-2"_s);
        QCOMPARE(problems[0][u"code"_s].toString(), u"negative_price"_s);
        const auto before = catalogue();
        const qint64 seq = m_shop->lastSeq();
        body.insert(u"preview"_s, false);
        body.insert(u"token"_s, preview.json()[u"token"_s]);
        const HttpReply refused = prices(body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"invalid_price_change"_s);
        QCOMPARE(refused.json()[u"error"_s][u"details"_s][u"problems"_s].toArray(), problems);
        QCOMPARE(catalogue(), before);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void aPriceListInCsvShowsEveryProblem()
    {
        QVERIFY(addProduct(u"A-1"_s, 1000, u"Kitchen"_s));
        QVERIFY(addProduct(u"A-2"_s, 2000, u"Garden"_s));
        QVERIFY(addProduct(u"A-3"_s, 3000, u"Garden"_s));
        const QString csv = u"sku,price\n"
                            "A-1,12.50\n"
                            "NOPE,1.00\n"
                            "A-2,twelve\n"
                            "A-1,13.00\n"
                            "A-3,-1.00\n"
                            "just one field\n"_s;
        const HttpReply preview = prices({{u"csv"_s, csv}, {u"preview"_s, true}});
        QCOMPARE(preview.status, 200);
        const QJsonArray changes = preview.json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"new"_s].toObject(), eur(1250));
        QStringList seen;
        for (const QJsonValue &problem : preview.json()[u"problems"_s].toArray()) {
            seen.append(
                u"%1:%2"_s.arg(problem[u"line"_s].toInt()).arg(problem[u"code"_s].toString()));
        }
        QCOMPARE(seen, QStringList({u"3:unknown_sku"_s, u"4:invalid_price"_s, u"5:duplicate_line"_s,
                                    u"6:negative_price"_s, u"7:invalid_line"_s}));
        const auto before = catalogue();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply refused = prices(
            {{u"csv"_s, csv}, {u"preview"_s, false}, {u"token"_s, preview.json()[u"token"_s]}});
        QCOMPARE(refused.errorCode(), u"invalid_price_change"_s);
        QCOMPARE(catalogue(), before);
        QCOMPARE(m_shop->lastSeq(), seq);

        const QString good = u"A-1,12.50\r\n\"A-3\",\"29.99\"\r\n"_s;
        const HttpReply goodPreview = prices({{u"csv"_s, good}, {u"preview"_s, true}});
        QCOMPARE(goodPreview.json()[u"count"_s].toInt(), 2);
        const HttpReply applied = prices({{u"csv"_s, good},
                                          {u"preview"_s, false},
                                          {u"token"_s, goodPreview.json()[u"token"_s]}});
        QCOMPARE(applied.status, 200);
        QCOMPARE(priceOf(u"A-1"_s), 1250);
        QCOMPARE(priceOf(u"A-2"_s), 2000);
        QCOMPARE(priceOf(u"A-3"_s), 2999);
        QCOMPARE(changesSince(seq, u"product"_s).size(), 2);
    }

    void badPriceChangeRequestsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString kitchen = u"Kitchen"_s;
        QTest::addRow("no preview") << QJsonObject{{u"category"_s, kitchen}, {u"percent"_s, 5}}
                                    << 400 << u"missing_field"_s;
        QTest::addRow("preview not a flag")
            << QJsonObject{{u"category"_s, kitchen}, {u"percent"_s, 5}, {u"preview"_s, 1}} << 400
            << u"invalid_type"_s;
        QTest::addRow("neither category nor csv")
            << QJsonObject{{u"percent"_s, 5}, {u"preview"_s, true}} << 400 << u"missing_field"_s;
        QTest::addRow("category and csv") << QJsonObject{{u"category"_s, kitchen},
                                                         {u"percent"_s, 5},
                                                         {u"csv"_s, u"A-1,1"_s},
                                                         {u"preview"_s, true}}
                                          << 422 << u"conflicting_fields"_s;
        QTest::addRow("percent and amount") << QJsonObject{{u"category"_s, kitchen},
                                                           {u"percent"_s, 5},
                                                           {u"amount_minor"_s, 5},
                                                           {u"preview"_s, true}}
                                            << 422 << u"conflicting_fields"_s;
        QTest::addRow("no percent nor amount")
            << QJsonObject{{u"category"_s, kitchen}, {u"preview"_s, true}} << 400
            << u"missing_field"_s;
        QTest::addRow("percent below -100")
            << QJsonObject{{u"category"_s, kitchen}, {u"percent"_s, -101}, {u"preview"_s, true}}
            << 422 << u"invalid_percent"_s;
        QTest::addRow("percent with three decimals")
            << QJsonObject{{u"category"_s, kitchen}, {u"percent"_s, 1.005}, {u"preview"_s, true}}
            << 422 << u"invalid_percent"_s;
        QTest::addRow("unknown field") << QJsonObject{{u"category"_s, kitchen},
                                                      {u"percent"_s, 5},
                                                      {u"preview"_s, true},
                                                      {u"everything"_s, true}}
                                       << 400 << u"unknown_field"_s;
        QTest::addRow("apply without token")
            << QJsonObject{{u"category"_s, kitchen}, {u"percent"_s, 5}, {u"preview"_s, false}}
            << 400 << u"missing_field"_s;
        QTest::addRow("apply with another token") << QJsonObject{{u"category"_s, kitchen},
                                                                 {u"percent"_s, 5},
                                                                 {u"preview"_s, false},
                                                                 {u"token"_s, u"0000"_s}}
                                                  << 409 << u"preview_outdated"_s;
        QTest::addRow("nothing would change") << QJsonObject{{u"category"_s, u"Empty"_s},
                                                             {u"percent"_s, 5},
                                                             {u"preview"_s, false},
                                                             {u"token"_s, u"0000"_s}}
                                              << 422 << u"no_price_changes"_s;
    }
    void badPriceChangeRequestsChangeNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(addProduct(u"K-1"_s, 1000, u"Kitchen"_s));
        const auto before = catalogue();
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = prices(body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(catalogue(), before);
        QCOMPARE(m_shop->lastSeq(), seq);
        // Only managers and admins change prices.
        QJsonObject preview{{u"category"_s, u"Kitchen"_s}, {u"percent"_s, 5}, {u"preview"_s, true}};
        QCOMPARE(m_shop->as(u"agent"_s).post(u"/api/v1/products/prices"_s, preview).status, 403);
    }

    // 10,000 products change in one transaction (1,000 under the sanitizers): a server killed
    // while it applies them comes back with every old price or every new one, never a mix.
    void tenThousandPricesChangeAllOrNothing()
    {
#if defined(__SANITIZE_ADDRESS__)
        // Under the sanitizers every request is many times slower: the same all-or-nothing
        // check on a tenth of the products keeps the suite within its time.
        constexpr int count = 1000;
#else
        constexpr int count = 10000;
#endif
        constexpr int perBatch = 50;
        QElapsedTimer timer;
        timer.start();
        for (int from = 0; from < count; from += perBatch) {
            QList<TestHttp::Request> batch;
            for (int i = from; i < from + perBatch; ++i) {
                const QJsonObject body =
                    productBody(u"BULK-%1"_s.arg(i, 5, 10, QChar(u'0')), 1000 + i, u"Bulk"_s);
                batch.append({"POST",
                              u"/api/v1/products"_s,
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              manager().token(),
                              {}});
            }
            for (const HttpReply &reply : TestHttp::sendConcurrently(server().baseUrl(), batch))
                QCOMPARE(reply.status, 201);
        }
        qInfo("made %d products in %lld ms", count, timer.elapsed());

        const QJsonObject rule{{u"category"_s, u"Bulk"_s}, {u"percent"_s, 10}};
        QJsonObject body = rule;
        body.insert(u"preview"_s, true);
        timer.restart();
        const HttpReply preview = prices(body);
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json()[u"count"_s].toInt(), count);
        qInfo("previewed %d changes in %lld ms", count, timer.elapsed());
        body = rule;
        body.insert(u"preview"_s, false);
        body.insert(u"token"_s, preview.json()[u"token"_s]);
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

        // Fire the apply and kill the server while it runs: as soon as the request is sent,
        // then a little later in later rounds, until one kill finds it committed; the last
        // round kills it right after its answer (-1), which must find every price changed.
        bool committed = false;
        for (int delayMs : {0, 20, 60, 150, 400, 1000, -1}) {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, server().port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /api/v1/products/prices HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\nAuthorization: Bearer " +
                         manager().token().toUtf8() + "\r\nIdempotency-Key: " +
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() +
                         "\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" +
                         json);
            QVERIFY(socket.waitForBytesWritten(5000));
            QElapsedTimer wait;
            wait.start();
            const qint64 limit = delayMs < 0 ? 300000 : delayMs;
            while (wait.elapsed() < limit && socket.bytesAvailable() == 0)
                socket.waitForReadyRead(5);
            const bool answered = socket.bytesAvailable() > 0;
            server().kill();
            // Tokens outlive the restart, so the fixture's clients go on as they were.
            QVERIFY2(server().start(), qPrintable(server().output()));

            int changed = 0;
            int unchanged = 0;
            const auto all = catalogue();
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (!it.key().startsWith(u"BULK-"_s))
                    continue;
                const qint64 old = 1000 + it.key().mid(5).toInt();
                const qint64 price = it.value()[u"price"_s][u"amount_minor"_s].toInteger();
                if (price == old)
                    ++unchanged;
                else if (price == (old * 110 + 50) / 100)
                    ++changed;
            }
            qInfo("killed after %d ms (answered: %d): %d changed, %d unchanged", delayMs,
                  int(answered), changed, unchanged);
            QVERIFY(changed == count || unchanged == count);
            QCOMPARE(changed + unchanged, count);
            if (answered)
                QCOMPARE(changed, count);
            if (changed == count) {
                committed = true;
                break;
            }
        }
        QVERIFY2(committed, "the apply never committed");

        // And the whole change, timed, on a server left alone.
        body = QJsonObject{{u"category"_s, u"Bulk"_s}, {u"percent"_s, -5}, {u"preview"_s, true}};
        const HttpReply again = prices(body);
        body.insert(u"preview"_s, false);
        body.insert(u"token"_s, again.json()[u"token"_s]);
        timer.restart();
        const HttpReply applied = prices(body);
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json()[u"applied"_s].toInt(), count);
        qInfo("applied %d changes in %lld ms", count, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
