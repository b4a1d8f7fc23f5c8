#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Placement of products on the website's pages over HTTP: editors save the featured slots and
// a category's order over the version they started from, managers publish, and the catalog
// feed follows what was published. Bad placements are refused and change nothing.
class TestContentPlacement : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_editor;

    TestHttp &editor() { return *m_editor; }
    TestHttp &manager() { return m_shop->as(u"manager"_s); }
    TestHttp &shop() { return m_shop->as(u"shop"_s); }

    static QString pagePath(const QString &page, const QString &action = {})
    {
        return u"/api/v1/content/placement"_s + action + u"?page="_s +
               QString::fromLatin1(QUrl::toPercentEncoding(page));
    }

    static HttpReply savePlacement(TestHttp &client, const QString &page, qint64 base,
                                   const QJsonArray &featured, const QJsonArray &order)
    {
        const QJsonObject body{
            {u"base_revision"_s, base}, {u"featured"_s, featured}, {u"order"_s, order}};
        return client.send("PUT", pagePath(page), QJsonDocument(body).toJson());
    }

    // Content for a product in a category, published so that it reaches the catalog.
    bool publishContent(const QString &sku, const QString &category)
    {
        const QString path = u"/api/v1/products/%1/content"_s.arg(sku);
        const qint64 version = editor().get(path).json()[u"version"_s].toInteger();
        const QJsonObject body{{u"base_revision"_s, version}, {u"title"_s, u"Product "_s + sku},
                               {u"slug"_s, sku.toLower()},    {u"category"_s, category},
                               {u"display_order"_s, 0},       {u"featured"_s, QJsonArray{}}};
        if (editor().send("PUT", path, QJsonDocument(body).toJson()).status != 200)
            return false;
        if (editor().post(path + u"/submit"_s, {}).status != 200)
            return false;
        return manager().post(path + u"/publish"_s, {}).status == 200;
    }

    QList<QJsonObject> catalogItems()
    {
        QList<QJsonObject> items;
        for (const QJsonValue &item : shop().get(u"/api/v1/catalog"_s).json()[u"items"_s].toArray())
            items.append(item.toObject());
        return items;
    }

    QJsonObject catalogItem(const QString &sku)
    {
        for (const QJsonObject &item : catalogItems()) {
            if (item[u"sku"_s].toString() == sku)
                return item;
        }
        return {};
    }

    // The SKUs of one category in feed order.
    QStringList catalogOrder(const QString &category)
    {
        QStringList skus;
        for (const QJsonObject &item : catalogItems()) {
            if (item[u"category"_s].toString() == category)
                skus.append(item[u"sku"_s].toString());
        }
        return skus;
    }

    static QJsonArray skus(const QStringList &list)
    {
        QJsonArray out;
        for (const QString &sku : list)
            out.append(sku.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sku));
        return out;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QCOMPARE(m_shop->as(u"admin"_s)
                     .post(u"/api/v1/users"_s, {{u"username"_s, u"editor"_s},
                                                {u"password"_s, u"editor-password-1"_s},
                                                {u"role"_s, u"editor"_s}})
                     .status,
                 201);
        m_editor = std::make_unique<TestHttp>(m_server->baseUrl());
        QVERIFY(m_editor->login(u"editor"_s, u"editor-password-1"_s));
        for (const QString &sku : {u"KN-1"_s, u"KN-2"_s, u"KN-3"_s, u"KN-4"_s})
            QVERIFY2(m_shop->addProduct(sku, 2500, 5), qPrintable(m_shop->why()));
        QVERIFY2(m_shop->addProduct(u"PAN-1"_s, 4000, 2), qPrintable(m_shop->why()));
        for (const QString &sku : {u"KN-1"_s, u"KN-2"_s, u"KN-3"_s, u"KN-4"_s})
            QVERIFY(publishContent(sku, u"Kitchen/Knives"_s));
        QVERIFY(publishContent(u"PAN-1"_s, u"Kitchen/Pans & Pots"_s));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void categoriesAreThoseContentNames()
    {
        const HttpReply reply = editor().get(u"/api/v1/content/categories"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0][u"path"_s].toString(), u"Kitchen/Knives"_s);
        QCOMPARE(items[0][u"products"_s].toInt(), 4);
        QCOMPARE(items[1][u"path"_s].toString(), u"Kitchen/Pans & Pots"_s);
    }

    void anUnplacedPageListsItsProducts()
    {
        const HttpReply reply = editor().get(pagePath(u"category:Kitchen/Knives"_s));
        QCOMPARE(reply.status, 200);
        const QJsonObject placement = reply.json();
        QCOMPARE(placement[u"version"_s].toInteger(), 0);
        QCOMPARE(placement[u"slots"_s].toInt(), 3);
        QCOMPARE(placement[u"featured"_s].toArray(), skus({{}, {}, {}}));
        QCOMPARE(placement[u"products"_s].toArray().size(), 4);
        QVERIFY(placement[u"published"_s].isNull());
        const HttpReply home = editor().get(pagePath(u"home"_s));
        QCOMPARE(home.json()[u"slots"_s].toInt(), 4);
        QCOMPARE(home.json()[u"products"_s].toArray().size(), 5);
        // A category with "&" travels as one query value.
        const HttpReply pans = editor().get(pagePath(u"category:Kitchen/Pans & Pots"_s));
        QCOMPARE(pans.status, 200);
        QCOMPARE(pans.json()[u"products"_s].toArray().size(), 1);
    }

    void savedThenPublishedPlacementDrivesTheCatalog()
    {
        const QString page = u"category:Kitchen/Knives"_s;
        const QStringList before = catalogOrder(u"Kitchen/Knives"_s);
        const HttpReply saved = savePlacement(editor(), page, 0, skus({u"KN-3"_s, {}, u"KN-1"_s}),
                                              skus({u"KN-4"_s, u"KN-2"_s, u"KN-1"_s}));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()[u"version"_s].toInteger(), 1);
        QCOMPARE(saved.json()[u"state"_s].toString(), u"draft"_s);
        // Saved is not published: the feed is as it was.
        QCOMPARE(catalogOrder(u"Kitchen/Knives"_s), before);
        QCOMPARE(catalogItem(u"KN-3"_s)[u"featured"_s].toArray(), QJsonArray());

        // Editors save; only managers publish.
        QCOMPARE(editor().post(pagePath(page, u"/publish"_s), {}).status, 403);
        const HttpReply published = manager().post(pagePath(page, u"/publish"_s), {});
        QCOMPARE(published.status, 200);
        QCOMPARE(published.json()[u"state"_s].toString(), u"published"_s);
        QCOMPARE(published.json()[u"published_revision"_s].toInteger(), 1);
        QCOMPARE(published.json()[u"published"_s][u"order"_s].toArray(),
                 skus({u"KN-4"_s, u"KN-2"_s, u"KN-1"_s}));

        // Listed products first in their order, the one not listed after them.
        QCOMPARE(catalogOrder(u"Kitchen/Knives"_s),
                 (QStringList{u"KN-4"_s, u"KN-2"_s, u"KN-1"_s, u"KN-3"_s}));
        QCOMPARE(catalogItem(u"KN-4"_s)[u"display_order"_s].toInt(), 1);
        QCOMPARE(catalogItem(u"KN-3"_s)[u"display_order"_s].toInt(), 4);
        QCOMPARE(catalogItem(u"KN-3"_s)[u"featured"_s].toArray(), QJsonArray{u"category"_s});
        QCOMPARE(catalogItem(u"KN-3"_s)[u"featured_slots"_s].toObject(),
                 (QJsonObject{{u"category"_s, 1}}));
        QCOMPARE(catalogItem(u"KN-1"_s)[u"featured_slots"_s][u"category"_s].toInt(), 3);
        QCOMPARE(catalogItem(u"KN-2"_s)[u"featured"_s].toArray(), QJsonArray());

        // The home page, in its own record.
        QCOMPARE(savePlacement(editor(), u"home"_s, 0, skus({{}, u"PAN-1"_s}), {}).status, 200);
        QCOMPARE(manager().post(pagePath(u"home"_s, u"/publish"_s), {}).status, 200);
        QCOMPARE(catalogItem(u"PAN-1"_s)[u"featured"_s].toArray(), QJsonArray{u"home"_s});
        QCOMPARE(catalogItem(u"PAN-1"_s)[u"featured_slots"_s][u"home"_s].toInt(), 2);
        QCOMPARE(editor().get(pagePath(u"home"_s)).json()[u"featured"_s].toArray(),
                 skus({{}, u"PAN-1"_s, {}, {}}));

        // A new draft leaves the published placement live until it is published.
        QCOMPARE(savePlacement(editor(), page, 1, skus({}), skus({u"KN-1"_s})).status, 200);
        QCOMPARE(catalogOrder(u"Kitchen/Knives"_s),
                 (QStringList{u"KN-4"_s, u"KN-2"_s, u"KN-1"_s, u"KN-3"_s}));
        // Publishing a version other than the saved one conflicts.
        QCOMPARE(manager().post(pagePath(page, u"/publish"_s), {{u"version"_s, 1}}).status, 409);
        QCOMPARE(manager().post(pagePath(page, u"/publish"_s), {{u"version"_s, 2}}).status, 200);
        QCOMPARE(catalogOrder(u"Kitchen/Knives"_s).first(), u"KN-1"_s);
        QCOMPARE(catalogItem(u"KN-3"_s)[u"featured"_s].toArray(), QJsonArray());
        // Nothing new to publish.
        QCOMPARE(manager().post(pagePath(page, u"/publish"_s), {}).status, 409);

        // Every save and publication is in the change log, by page.
        const QJsonArray changes = m_shop->as(u"admin"_s)
                                       .get(u"/api/v1/changes?since=0&limit=5000"_s)
                                       .json()[u"changes"_s]
                                       .toArray();
        int logged = 0;
        for (const QJsonValue &change : changes) {
            if (change[u"entity"_s].toString() == u"content_placement"_s &&
                change[u"id"_s].toString() == page)
                ++logged;
        }
        QCOMPARE(logged, 4);
    }

    void staleSaveConflicts()
    {
        const QString page = u"category:Kitchen/Pans & Pots"_s;
        QCOMPARE(savePlacement(editor(), page, 0, skus({u"PAN-1"_s}), skus({u"PAN-1"_s})).status,
                 200);
        const HttpReply stale = savePlacement(manager(), page, 0, skus({}), skus({u"PAN-1"_s}));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.json()[u"error"_s][u"code"_s].toString(), u"edit_conflict"_s);
        const QJsonObject theirs = stale.json()[u"error"_s][u"details"_s][u"theirs"_s].toObject();
        QCOMPARE(theirs[u"version"_s].toInteger(), 1);
        QCOMPARE(theirs[u"featured"_s].toArray(), skus({u"PAN-1"_s, {}, {}}));
        const QJsonObject now = editor().get(pagePath(page)).json();
        QCOMPARE(now[u"version"_s].toInteger(), 1);
        QCOMPARE(now[u"featured"_s].toArray(), skus({u"PAN-1"_s, {}, {}}));
        // Saved again over the version it now starts from, it goes through.
        QCOMPARE(savePlacement(manager(), page, 1, skus({}), skus({u"PAN-1"_s})).status, 200);
    }

    void badPlacementsChangeNothing_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString knives = u"category:Kitchen/Knives"_s;
        auto body = [](qint64 base, const QJsonArray &featured, const QJsonArray &order) {
            return QJsonDocument(QJsonObject{{u"base_revision"_s, base},
                                             {u"featured"_s, featured},
                                             {u"order"_s, order}})
                .toJson(QJsonDocument::Compact);
        };
        QTest::addRow("unknown SKU featured")
            << knives << body(2, skus({u"NOPE-1"_s}), {}) << 422 << u"unknown_sku"_s;
        QTest::addRow("unknown SKU in order")
            << knives << body(2, {}, skus({u"KN-1"_s, u"NOPE-2"_s})) << 422 << u"unknown_sku"_s;
        QTest::addRow("malformed SKU")
            << knives << body(2, {}, skus({u"no spaces"_s})) << 422 << u"unknown_sku"_s;
        QTest::addRow("too many featured")
            << knives << body(2, skus({u"KN-1"_s, u"KN-2"_s, u"KN-3"_s, u"KN-4"_s}), {}) << 422
            << u"invalid_field"_s;
        QTest::addRow("too many on home")
            << u"home"_s
            << body(1, skus({u"KN-1"_s, u"KN-2"_s, u"KN-3"_s, u"KN-4"_s, u"PAN-1"_s}), {}) << 422
            << u"invalid_field"_s;
        QTest::addRow("duplicate featured")
            << knives << body(2, skus({u"KN-1"_s, u"KN-1"_s}), {}) << 422 << u"duplicate_sku"_s;
        QTest::addRow("duplicate in order")
            << knives << body(2, {}, skus({u"KN-2"_s, u"KN-2"_s})) << 422 << u"duplicate_sku"_s;
        QTest::addRow("order on the home page")
            << u"home"_s << body(1, {}, skus({u"KN-1"_s})) << 422 << u"invalid_field"_s;
        QTest::addRow("featured not a list")
            << knives << QByteArray(R"({"base_revision":2,"featured":"KN-1"})") << 400
            << u"invalid_type"_s;
        QTest::addRow("slot not a SKU")
            << knives << QByteArray(R"({"base_revision":2,"featured":[7]})") << 422
            << u"invalid_field"_s;
        QTest::addRow("unknown field") << knives << QByteArray(R"({"base_revision":2,"slots":[]})")
                                       << 400 << u"unknown_field"_s;
        QTest::addRow("no base") << knives << QByteArray(R"({"featured":[]})") << 400
                                 << u"missing_field"_s;
        QTest::addRow("stale base") << knives << body(1, {}, {}) << 409 << u"edit_conflict"_s;
        QTest::addRow("bad page") << u"aisle:Knives"_s << body(0, {}, {}) << 400
                                  << u"invalid_parameter"_s;
        QTest::addRow("empty category name")
            << u"category:Kitchen//Knives"_s << body(0, {}, {}) << 400 << u"invalid_parameter"_s;
    }

    void badPlacementsChangeNothing()
    {
        QFETCH(QString, page);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString probe = page.startsWith(u"category:Kitchen/Knives"_s) || page == u"home"_s
                                  ? page
                                  : u"category:Kitchen/Knives"_s;
        const QJsonObject before = editor().get(pagePath(probe)).json();
        const QByteArray feedBefore = shop().get(u"/api/v1/catalog"_s).body;
        const HttpReply reply = editor().send("PUT", pagePath(page), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[u"error"_s][u"code"_s].toString(), code);
        QCOMPARE(editor().get(pagePath(probe)).json(), before);
        QCOMPARE(shop().get(u"/api/v1/catalog"_s).body, feedBefore);
    }

    void rolesAreChecked()
    {
        const QString page = pagePath(u"home"_s);
        const QByteArray body = R"({"base_revision":0,"featured":[]})";
        for (const QString &role : {u"agent"_s, u"warehouse"_s, u"shop"_s}) {
            QCOMPARE(m_shop->as(role).get(page).status, 403);
            QCOMPARE(m_shop->as(role).send("PUT", page, body).status, 403);
            QCOMPARE(m_shop->as(role).post(pagePath(u"home"_s, u"/publish"_s), {}).status, 403);
            QCOMPARE(m_shop->as(role).get(u"/api/v1/content/categories"_s).status, 403);
        }
        QCOMPARE(m_shop->as(u"agent"_s).send("PUT", page, body).status, 403);
        QCOMPARE(manager().get(page).status, 200);
        QCOMPARE(m_shop->as(u"admin"_s).get(page).status, 200);
        // The home page is unchanged by the refused writes.
        QCOMPARE(editor().get(page).json()[u"version"_s].toInteger(), 1);
        QCOMPARE(editor().send("DELETE", page, {}).status, 405);
        QCOMPARE(editor().get(u"/api/v1/content/placement"_s).status, 400);
    }

    void aRetryIsAnsweredOnce()
    {
        const QString page = u"category:Kitchen/Knives"_s;
        const qint64 version = editor().get(pagePath(page)).json()[u"version"_s].toInteger();
        const QByteArray body = QJsonDocument(QJsonObject{{u"base_revision"_s, version},
                                                          {u"featured"_s, skus({u"KN-2"_s})},
                                                          {u"order"_s, QJsonArray()}})
                                    .toJson(QJsonDocument::Compact);
        const QList<QPair<QByteArray, QByteArray>> key = {
            {"Idempotency-Key", "6f1d3c52-8d0f-4a41-9a55-1f2f6c9b7e10"}};
        const HttpReply first = editor().send("PUT", pagePath(page), body, key);
        const HttpReply again = editor().send("PUT", pagePath(page), body, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), first.json());
        QCOMPARE(editor().get(pagePath(page)).json()[u"version"_s].toInteger(), version + 1);
    }
};

QTEST_GUILESS_MAIN(TestContentPlacement)
#include "tst_content_placement.moc"
