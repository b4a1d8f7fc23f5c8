#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"
#include "tst_content_samples.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

// Product content over HTTP: editors write drafts and send them for review, managers publish
// now or at a time, every publication is a numbered revision that can be rolled back to,
// stale saves conflict, and only published content reaches the catalog feed.
class TestContent : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<TestHttp> m_editor;

    TestHttp &editor() { return *m_editor; }
    TestHttp &manager() { return m_shop->as(u"manager"_s); }
    TestHttp &shop() { return m_shop->as(u"shop"_s); }

    static QString contentPath(const QString &sku)
    {
        return u"/api/v1/products/%1/content"_s.arg(sku);
    }

    static QJsonObject fields(const QString &title, const QString &slug)
    {
        return QJsonObject{{u"title"_s, title},
                           {u"short_description"_s, u"<p>Short</p>"_s},
                           {u"long_description"_s, u"<h2>About</h2><p>Long <b>text</b></p>"_s},
                           {u"category"_s, u"Kitchen/Knives"_s},
                           {u"tags"_s, QJsonArray{u"steel"_s, u"chef"_s}},
                           {u"attributes"_s, QJsonObject{{u"blade"_s, u"20 cm"_s}}},
                           {u"slug"_s, slug},
                           {u"meta_description"_s, u"A knife"_s},
                           {u"display_order"_s, 1},
                           {u"featured"_s, QJsonArray{u"home"_s}}};
    }

    static HttpReply save(TestHttp &client, const QString &sku, qint64 base, QJsonObject body)
    {
        body[u"base_revision"_s] = base;
        return client.send("PUT", contentPath(sku), QJsonDocument(body).toJson());
    }

    QJsonObject catalogItem(const QString &sku)
    {
        const HttpReply feed = shop().get(u"/api/v1/catalog"_s);
        for (const QJsonValue &item : feed.json()[u"items"_s].toArray()) {
            if (item[u"sku"_s].toString() == sku)
                return item.toObject();
        }
        return {};
    }

    // Draft, review and publish in one go; the new revision number.
    qint64 publish(const QString &sku, const QString &title, const QString &slug)
    {
        const qint64 version = editor().get(contentPath(sku)).json()[u"version"_s].toInteger();
        const HttpReply saved = save(editor(), sku, version, fields(title, slug));
        if (saved.status != 200)
            return -1;
        if (editor().post(contentPath(sku) + u"/submit"_s, {}).status != 200)
            return -1;
        const HttpReply published = manager().post(contentPath(sku) + u"/publish"_s, {});
        return published.status == 200 ? published.json()[u"published_revision"_s].toInteger() : -1;
    }

    static QByteArray etagOf(const HttpReply &reply)
    {
        for (const auto &[name, value] : reply.headers) {
            if (name.toLower() == "etag")
                return value;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        const HttpReply created =
            m_shop->as(u"admin"_s)
                .post(u"/api/v1/users"_s, {{u"username"_s, u"editor"_s},
                                           {u"password"_s, u"editor-password-1"_s},
                                           {u"role"_s, u"editor"_s}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()[u"role"_s].toString(), u"editor"_s);
        m_editor = std::make_unique<TestHttp>(m_server->baseUrl());
        QVERIFY(m_editor->login(u"editor"_s, u"editor-password-1"_s));
        for (const QString &sku : {u"KN-1"_s, u"KN-2"_s, u"KN-3"_s, u"KN-4"_s, u"KN-5"_s, u"KN-6"_s,
                                   u"KN-7"_s, u"KN-8"_s})
            QVERIFY2(m_shop->addProduct(sku, 2500, 5), qPrintable(m_shop->why()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void reviewAndPublishReachTheCatalog()
    {
        const QString sku = u"KN-1"_s;
        const HttpReply empty = editor().get(contentPath(sku));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json()[u"version"_s].toInteger(), 0);

        const HttpReply saved = save(editor(), sku, 0, fields(u"Chef knife"_s, u"chef-knife"_s));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()[u"version"_s].toInteger(), 1);
        QCOMPARE(saved.json()[u"state"_s].toString(), u"draft"_s);
        QCOMPARE(saved.json()[u"updated_by"_s].toString(), u"editor"_s);
        QVERIFY(catalogItem(sku).isEmpty());

        // Only a manager publishes, and only what is in review.
        QCOMPARE(manager().post(contentPath(sku) + u"/publish"_s, {}).errorCode(),
                 u"invalid_status"_s);
        QCOMPARE(editor().post(contentPath(sku) + u"/submit"_s, {}).json()[u"state"_s].toString(),
                 u"in_review"_s);
        QVERIFY(catalogItem(sku).isEmpty());
        // The review queue lists it.
        const QJsonArray queue =
            manager().get(u"/api/v1/content?state=in_review"_s).json()[u"items"_s].toArray();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0][u"sku"_s].toString(), sku);
        QCOMPARE(queue[0][u"title"_s].toString(), u"Chef knife"_s);
        QCOMPARE(manager().get(u"/api/v1/content?state=gone"_s).errorCode(),
                 u"invalid_parameter"_s);
        QCOMPARE(editor().post(contentPath(sku) + u"/publish"_s, {}).status, 403);

        const HttpReply published = manager().post(contentPath(sku) + u"/publish"_s, {});
        QCOMPARE(published.status, 200);
        QCOMPARE(published.json()[u"state"_s].toString(), u"published"_s);
        QCOMPARE(published.json()[u"published_revision"_s].toInteger(), 1);
        QVERIFY(manager()
                    .get(u"/api/v1/content?state=in_review"_s)
                    .json()[u"items"_s]
                    .toArray()
                    .isEmpty());

        QJsonObject item = catalogItem(sku);
        QCOMPARE(item[u"title"_s].toString(), u"Chef knife"_s);
        QCOMPARE(item[u"slug"_s].toString(), u"chef-knife"_s);
        QCOMPARE(item[u"category"_s].toString(), u"Kitchen/Knives"_s);
        QCOMPARE(item[u"available"_s].toInteger(), 5);
        QCOMPARE(item[u"price_minor"_s].toInteger(), 2500);
        QCOMPARE(item[u"revision"_s].toInteger(), 1);

        // A new draft, even in review, leaves the published text alone.
        QCOMPARE(save(editor(), sku, 1, fields(u"Chef knife, new"_s, u"chef-knife"_s)).status, 200);
        QCOMPARE(editor().post(contentPath(sku) + u"/submit"_s, {}).status, 200);
        QCOMPARE(catalogItem(sku)[u"title"_s].toString(), u"Chef knife"_s);
        // Sent back by the manager, it is a draft again.
        QCOMPARE(manager().post(contentPath(sku) + u"/reject"_s, {}).json()[u"state"_s].toString(),
                 u"draft"_s);
        QCOMPARE(catalogItem(sku)[u"title"_s].toString(), u"Chef knife"_s);
    }

    void catalogHasETags()
    {
        QVERIFY(publish(u"KN-2"_s, u"Paring knife"_s, u"paring-knife"_s) > 0);
        const HttpReply first = shop().get(u"/api/v1/catalog"_s);
        QCOMPARE(first.status, 200);
        const QByteArray etag = etagOf(first);
        QVERIFY(etag.startsWith('"'));

        auto conditional = [this](const QByteArray &tag) {
            return shop().send("GET", u"/api/v1/catalog"_s, {}, {{"If-None-Match", tag}});
        };
        const HttpReply same = conditional(etag);
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(etagOf(same), etag);

        // Stock moves: the tag moves with the availability in the feed.
        QCOMPARE(m_shop->as(u"admin"_s)
                     .post(u"/api/v1/movements"_s, {{u"sku"_s, u"KN-2"_s},
                                                    {u"kind"_s, u"receipt"_s},
                                                    {u"quantity"_s, 3},
                                                    {u"reason"_s, u"delivery"_s}})
                     .status,
                 201);
        const HttpReply afterStock = conditional(etag);
        QCOMPARE(afterStock.status, 200);
        QCOMPARE(catalogItem(u"KN-2"_s)[u"available"_s].toInteger(), 8);
        const QByteArray stockTag = etagOf(afterStock);
        QVERIFY(stockTag != etag);
        QCOMPARE(conditional(stockTag).status, 304);

        // A draft changes nothing the website sees; a publication does.
        QCOMPARE(save(editor(), u"KN-3"_s, 0, fields(u"Bread knife"_s, u"bread-knife"_s)).status,
                 200);
        QCOMPARE(conditional(stockTag).status, 304);
        QVERIFY(publish(u"KN-3"_s, u"Bread knife"_s, u"bread-knife"_s) > 0);
        QCOMPARE(conditional(stockTag).status, 200);
    }

    void scheduledPublishing()
    {
        const QString sku = u"KN-4"_s;
        QCOMPARE(save(editor(), sku, 0, fields(u"Cleaver"_s, u"cleaver"_s)).status, 200);
        QCOMPARE(editor().post(contentPath(sku) + u"/submit"_s, {}).status, 200);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
        const HttpReply scheduled = manager().post(
            contentPath(sku) + u"/publish"_s, {{u"publish_at"_s, at.toString(Qt::ISODateWithMs)}});
        QCOMPARE(scheduled.status, 200);
        QCOMPARE(scheduled.json()[u"state"_s].toString(), u"scheduled"_s);
        QVERIFY(!scheduled.json()[u"publish_at"_s].toString().isEmpty());
        QVERIFY(catalogItem(sku).isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!catalogItem(sku).isEmpty(), 8000);
        // Within about 2 s of the time asked for.
        QVERIFY(QDateTime::currentDateTimeUtc() < at.addMSecs(2500));
        const QJsonObject content = editor().get(contentPath(sku)).json();
        QCOMPARE(content[u"state"_s].toString(), u"published"_s);
        QCOMPARE(content[u"published_revision"_s].toInteger(), 1);
        QCOMPARE(
            editor().get(contentPath(sku) + u"/revisions/1"_s).json()[u"published_by"_s].toString(),
            u"manager"_s);

        // The change log says so, for live clients, without the text of the fields.
        const QJsonArray changes =
            editor().get(u"/api/v1/changes?since=0&limit=5000"_s).json()[u"changes"_s].toArray();
        QJsonObject last;
        for (const QJsonValue &change : changes) {
            if (change[u"entity"_s].toString() == u"content"_s && change[u"id"_s].toString() == sku)
                last = change.toObject();
        }
        QCOMPARE(last[u"user"_s].toString(), u"system"_s);
        QCOMPARE(last[u"data"_s][u"state"_s].toString(), u"published"_s);
        QVERIFY(!last[u"data"_s].toObject().contains(u"fields"_s));

        // A time in the past publishes at once; a time without a zone is refused.
        QCOMPARE(save(editor(), sku, content[u"version"_s].toInteger(),
                      fields(u"Cleaver 2"_s, u"cleaver"_s))
                     .status,
                 200);
        QCOMPARE(editor().post(contentPath(sku) + u"/submit"_s, {}).status, 200);
        const HttpReply noZone = manager().post(contentPath(sku) + u"/publish"_s,
                                                {{u"publish_at"_s, u"2030-01-01T10:00:00"_s}});
        QCOMPARE(noZone.status, 422);
        QCOMPARE(noZone.errorCode(), u"invalid_field"_s);
        QCOMPARE(editor().get(contentPath(sku)).json()[u"state"_s].toString(), u"in_review"_s);
        const HttpReply past = manager().post(contentPath(sku) + u"/publish"_s,
                                              {{u"publish_at"_s, u"2020-01-01T10:00:00Z"_s}});
        QCOMPARE(past.json()[u"state"_s].toString(), u"published"_s);
        QCOMPARE(catalogItem(sku)[u"title"_s].toString(), u"Cleaver 2"_s);
    }

    void rollbackPublishesAnOldRevisionAgain()
    {
        const QString sku = u"KN-5"_s;
        QCOMPARE(publish(sku, u"Santoku"_s, u"santoku"_s), 1);
        QCOMPARE(publish(sku, u"Santoku, better"_s, u"santoku-knife"_s), 2);
        QCOMPARE(catalogItem(sku)[u"title"_s].toString(), u"Santoku, better"_s);

        const QJsonArray list =
            editor().get(contentPath(sku) + u"/revisions"_s).json()[u"items"_s].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][u"title"_s].toString(), u"Santoku"_s);
        const HttpReply first = editor().get(contentPath(sku) + u"/revisions/1"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()[u"fields"_s][u"slug"_s].toString(), u"santoku"_s);
        QCOMPARE(editor().get(contentPath(sku) + u"/revisions/9"_s).status, 404);

        // Field by field, between two revisions.
        const QJsonObject diff = editor().get(contentPath(sku) + u"/diff?from=1&to=2"_s).json();
        QCOMPARE(diff[u"changes"_s].toArray().size(), 2);
        QCOMPARE(diff[u"changes"_s][0][u"field"_s].toString(), u"title"_s);
        QCOMPARE(diff[u"changes"_s][0][u"from"_s].toString(), u"Santoku"_s);
        QCOMPARE(diff[u"changes"_s][0][u"to"_s].toString(), u"Santoku, better"_s);
        QCOMPARE(diff[u"changes"_s][1][u"field"_s].toString(), u"slug"_s);
        QVERIFY(diff[u"unchanged"_s].toArray().contains(u"category"_s));
        QCOMPARE(editor()
                     .get(contentPath(sku) + u"/diff?from=2"_s)
                     .json()[u"changes"_s]
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(editor().get(contentPath(sku) + u"/diff?from=x"_s).errorCode(),
                 u"invalid_parameter"_s);
        QCOMPARE(editor().get(contentPath(sku) + u"/diff?from=1&to=9"_s).status, 404);
        QCOMPARE(editor().get(contentPath(sku) + u"/diff?from=1&x=1"_s).status, 400);

        QCOMPARE(editor().post(contentPath(sku) + u"/revisions/1/rollback"_s, {}).status, 403);
        QCOMPARE(manager().post(contentPath(sku) + u"/revisions/9/rollback"_s, {}).status, 404);
        const HttpReply rolled = manager().post(contentPath(sku) + u"/revisions/1/rollback"_s, {});
        QCOMPARE(rolled.status, 200);
        QCOMPARE(rolled.json()[u"published_revision"_s].toInteger(), 3);
        QCOMPARE(rolled.json()[u"fields"_s][u"title"_s].toString(), u"Santoku"_s);
        const QJsonObject item = catalogItem(sku);
        QCOMPARE(item[u"title"_s].toString(), u"Santoku"_s);
        QCOMPARE(item[u"slug"_s].toString(), u"santoku"_s);
        QCOMPARE(item[u"revision"_s].toInteger(), 3);
        const QJsonArray after =
            editor().get(contentPath(sku) + u"/revisions"_s).json()[u"items"_s].toArray();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after[2][u"source"_s].toString(), u"rollback to revision 1"_s);
        // Revision 2 is kept: history is never rewritten.
        QCOMPARE(editor()
                     .get(contentPath(sku) + u"/revisions/2"_s)
                     .json()[u"fields"_s][u"title"_s]
                     .toString(),
                 u"Santoku, better"_s);
    }

    void staleSaveConflicts()
    {
        const QString sku = u"KN-6"_s;
        QCOMPARE(save(editor(), sku, 0, fields(u"Base"_s, u"kn-6"_s)).status, 200);
        QCOMPARE(save(manager(), sku, 1, fields(u"Theirs"_s, u"kn-6"_s)).status, 200);
        const HttpReply stale = save(editor(), sku, 1, fields(u"Mine"_s, u"kn-6"_s));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), u"edit_conflict"_s);
        const QJsonObject details = stale.json()[u"error"_s][u"details"_s].toObject();
        QCOMPARE(details[u"theirs"_s][u"version"_s].toInteger(), 2);
        QCOMPARE(details[u"theirs"_s][u"fields"_s][u"title"_s].toString(), u"Theirs"_s);
        QCOMPARE(details[u"theirs"_s][u"updated_by"_s].toString(), u"manager"_s);
        QCOMPARE(details[u"base"_s][u"version"_s].toInteger(), 1);
        QCOMPARE(details[u"base"_s][u"fields"_s][u"title"_s].toString(), u"Base"_s);
        QCOMPARE(details[u"mine"_s][u"title"_s].toString(), u"Mine"_s);
        // Nothing changed; saving on top of theirs works.
        QCOMPARE(editor().get(contentPath(sku)).json()[u"fields"_s][u"title"_s].toString(),
                 u"Theirs"_s);
        QCOMPARE(
            save(editor(), sku, 2, fields(u"Merged"_s, u"kn-6"_s)).json()[u"version"_s].toInteger(),
            3);
    }

    void htmlIsSanitised()
    {
        QJsonObject body = fields(u"Knife <script>"_s, u"kn-7"_s);
        body[u"long_description"_s] =
            u"<h2 onclick=\"steal()\">Edge</h2><script>alert(1)</script>"
            "<p style=\"display:none\">Sharp <a href=\"javascript:alert(1)\">here</a> "
            "<a href=\"https://maker.example/\">maker</a></p><img src=x onerror=alert(1)>"_s;
        const HttpReply saved = save(editor(), u"KN-7"_s, 0, body);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()[u"fields"_s][u"long_description"_s].toString(),
                 u"<h2>Edge</h2><p>Sharp <a>here</a> <a href=\"https://maker.example/\">maker</a>"
                 "</p>"_s);
        // The title is plain text, stored as given; the website escapes it.
        QCOMPARE(saved.json()[u"fields"_s][u"title"_s].toString(), u"Knife <script>"_s);
    }

    void badInputsChangeNothing()
    {
        const QString sku = u"KN-8"_s;
        QCOMPARE(save(editor(), sku, 0, fields(u"Good"_s, u"kn-8"_s)).status, 200);
        auto unchanged = [&] {
            const QJsonObject content = editor().get(contentPath(sku)).json();
            return content[u"version"_s].toInteger() == 1 &&
                   content[u"fields"_s][u"title"_s].toString() == u"Good"_s &&
                   content[u"state"_s].toString() == u"draft"_s;
        };
        struct Case
        {
            const char *name;
            QJsonObject body;
            int status;
            QString code;
        };
        QJsonObject badSlug = fields(u"X"_s, u"Bad Slug!"_s);
        QJsonObject takenSlug = fields(u"X"_s, u"chef-knife"_s);
        QJsonObject noTitle = fields(u" "_s, u"kn-8"_s);
        QJsonObject badCategory = fields(u"X"_s, u"kn-8"_s);
        badCategory[u"category"_s] = u"Kitchen//Knives"_s;
        QJsonObject badTags = fields(u"X"_s, u"kn-8"_s);
        badTags[u"tags"_s] = QJsonArray{1, 2};
        QJsonObject badAttributes = fields(u"X"_s, u"kn-8"_s);
        badAttributes[u"attributes"_s] = QJsonObject{{u"weight"_s, 3}};
        QJsonObject badFeatured = fields(u"X"_s, u"kn-8"_s);
        badFeatured[u"featured"_s] = QJsonArray{u"sidebar"_s};
        QJsonObject badOrder = fields(u"X"_s, u"kn-8"_s);
        badOrder[u"display_order"_s] = 1.5;
        QJsonObject unknown = fields(u"X"_s, u"kn-8"_s);
        unknown[u"price"_s] = 1;
        const QList<Case> cases = {
            {"bad slug", badSlug, 422, u"invalid_field"_s},
            {"taken slug", takenSlug, 409, u"slug_exists"_s},
            {"no title", noTitle, 422, u"invalid_field"_s},
            {"empty category name", badCategory, 422, u"invalid_field"_s},
            {"tags not text", badTags, 422, u"invalid_field"_s},
            {"attribute not text", badAttributes, 422, u"invalid_field"_s},
            {"unknown slot", badFeatured, 422, u"invalid_field"_s},
            {"fractional order", badOrder, 422, u"invalid_field"_s},
            {"unknown field", unknown, 400, u"unknown_field"_s},
        };
        for (const Case &c : cases) {
            const HttpReply reply = save(editor(), sku, 1, c.body);
            QVERIFY2(reply.status == c.status, c.name);
            QVERIFY2(reply.errorCode() == c.code, c.name);
            QVERIFY2(unchanged(), c.name);
        }
        const HttpReply noBase = editor().send("PUT", contentPath(sku),
                                               QJsonDocument(fields(u"X"_s, u"kn-8"_s)).toJson());
        QCOMPARE(noBase.status, 400);
        QCOMPARE(noBase.errorCode(), u"missing_field"_s);
        QCOMPARE(save(editor(), sku, -1, fields(u"X"_s, u"kn-8"_s)).status, 400);
        QCOMPARE(editor().send("PUT", contentPath(sku), "not json").status, 400);
        QCOMPARE(editor().post(contentPath(sku) + u"/submit"_s, {{u"x"_s, 1}}).status, 400);
        QVERIFY(unchanged());

        // Routes that name nothing, or the wrong method.
        QCOMPARE(editor().get(u"/api/v1/products/NOPE/content"_s).status, 404);
        QCOMPARE(editor().get(u"/api/v1/products/bad%20sku/content"_s).status, 404);
        QCOMPARE(editor().get(contentPath(sku) + u"/revisions/x"_s).status, 404);
        QCOMPARE(editor().post(contentPath(sku), {}).status, 405);
        QCOMPARE(shop().send("POST", u"/api/v1/catalog"_s, {}).status, 405);
        QCOMPARE(editor().get(u"/api/v1/images/nothex"_s).status, 404);
    }

    void roles()
    {
        const QString sku = u"KN-1"_s;
        TestHttp anonymous(m_server->baseUrl());
        QCOMPARE(anonymous.get(u"/api/v1/catalog"_s).status, 401);
        QCOMPARE(anonymous.get(contentPath(sku)).status, 401);
        for (const QString &role : {u"agent"_s, u"warehouse"_s, u"shop"_s}) {
            TestHttp &client = m_shop->as(role);
            QVERIFY2(client.get(contentPath(sku)).status == 403, qPrintable(role));
            QVERIFY2(save(client, sku, 0, fields(u"X"_s, u"x"_s)).status == 403, qPrintable(role));
            QVERIFY2(client.post(contentPath(sku) + u"/submit"_s, {}).status == 403,
                     qPrintable(role));
            QVERIFY2(client.post(contentPath(sku) + u"/publish"_s, {}).status == 403,
                     qPrintable(role));
            QVERIFY2(client.get(u"/api/v1/products/%1/images"_s.arg(sku)).status == 403,
                     qPrintable(role));
            QVERIFY2(client.get(u"/api/v1/content"_s).status == 403, qPrintable(role));
        }
        for (const QString &role : {u"agent"_s, u"warehouse"_s})
            QVERIFY2(m_shop->as(role).get(u"/api/v1/catalog"_s).status == 403, qPrintable(role));
        QCOMPARE(editor().get(u"/api/v1/catalog"_s).status, 403);
        // Every product's content, whatever its state, for the editors.
        QVERIFY(editor().get(u"/api/v1/content"_s).json()[u"items"_s].toArray().size() >= 8);
        QCOMPARE(editor().post(contentPath(sku) + u"/reject"_s, {}).status, 403);
        for (const QString &role : {u"shop"_s, u"manager"_s, u"admin"_s})
            QVERIFY2(m_shop->as(role).get(u"/api/v1/catalog"_s).status == 200, qPrintable(role));
        const HttpReply forbidden = m_shop->as(u"agent"_s).get(contentPath(sku));
        QCOMPARE(forbidden.errorCode(), u"forbidden"_s);
        // An editor touches no orders, stock or users.
        QCOMPARE(editor().post(u"/api/v1/movements"_s, {{u"sku"_s, sku}}).status, 403);
        QCOMPARE(editor().get(u"/api/v1/users"_s).status, 403);
        QCOMPARE(editor().post(u"/api/v1/products"_s, {{u"sku"_s, u"X-1"_s}}).status, 403);
    }

    void editorsReadTheCatalogueButNoOrders()
    {
        QVERIFY(m_shop->addProduct(u"ED-1"_s, 1200, 3));
        const qint64 customer = m_shop->addCustomer(u"Private Person"_s);
        const HttpReply order =
            m_shop->as(u"agent"_s)
                .post(u"/api/v1/orders"_s, ShopFixture::orderBody(customer, {{u"ED-1"_s, 1}}));
        QCOMPARE(order.status, 201);
        const QString id = QString::number(order.json()[u"id"_s].toInteger());

        QCOMPARE(editor().get(u"/api/v1/products/ED-1"_s).status, 200);
        QCOMPARE(editor().get(u"/api/v1/snapshot?entity=products"_s).status, 200);
        for (const QString &path :
             {u"/api/v1/orders"_s, u"/api/v1/orders/"_s + id, u"/api/v1/customers"_s,
              u"/api/v1/snapshot?entity=orders"_s, u"/api/v1/snapshot?entity=customers"_s,
              u"/api/v1/movements"_s}) {
            const HttpReply denied = editor().get(path);
            QCOMPARE(denied.status, 403);
            QCOMPARE(denied.errorCode(), u"forbidden"_s);
        }
        // The change log brings the editor the catalogue, never orders or customers.
        const QJsonArray changes =
            editor().get(u"/api/v1/changes?since=0&limit=5000"_s).json()[u"changes"_s].toArray();
        QVERIFY(!changes.isEmpty());
        for (const QJsonValue &change : changes) {
            const QString entity = change[u"entity"_s].toString();
            QVERIFY2(entity == u"product"_s || entity == u"stock"_s || entity == u"content"_s ||
                         entity == u"product_images"_s,
                     qPrintable(entity));
        }
    }

    void images()
    {
        const QString sku = u"KN-2"_s;
        const QString path = u"/api/v1/products/%1/images"_s.arg(sku);
        auto upload = [&](const QByteArray &bytes, const QByteArray &type) {
            return editor().send("POST", path, bytes, {{"Content-Type", type}});
        };
        const QByteArray red = samples::png(8, 6, 'r');
        const HttpReply first = upload(red, "image/png");
        QCOMPARE(first.status, 200);
        QJsonArray items = first.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 1);
        const QString redHash = items[0][u"hash"_s].toString();
        QCOMPARE(redHash.size(), 64);
        QCOMPARE(items[0][u"width"_s].toInt(), 8);
        QCOMPARE(items[0][u"height"_s].toInt(), 6);
        QVERIFY(items[0][u"main"_s].toBool());
        // The same bytes again are the same image, stored once.
        QCOMPARE(upload(red, "image/png").json()[u"items"_s].toArray().size(), 1);

        const HttpReply second = upload(samples::jpeg(300, 200), "image/jpeg");
        QCOMPARE(second.status, 200);
        items = second.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 2);
        const QString jpegHash = items[1][u"hash"_s].toString();
        QVERIFY(!items[1][u"main"_s].toBool());

        // Bytes back as stored, to the website too.
        const HttpReply data = shop().get(u"/api/v1/images/"_s + redHash);
        QCOMPARE(data.status, 200);
        QCOMPARE(data.body, red);
        bool typed = false;
        for (const auto &[name, value] : data.headers)
            typed = typed || (name.toLower() == "content-type" && value == "image/png");
        QVERIFY(typed);

        // Refusals, each with its own clear error and nothing stored.
        struct Refusal
        {
            const char *name;
            QByteArray bytes;
            QByteArray type;
            int status;
            QString code;
        };
        const QList<Refusal> refusals = {
            {"not an image", "sku;name\nKN-2;knife\n", "image/png", 422, u"not_an_image"_s},
            {"oversized", QByteArray(800 * 1024, 'x'), "image/png", 413, u"image_too_large"_s},
            {"corrupt", red.left(red.size() - 20), "image/png", 422, u"corrupt_image"_s},
            {"wrong type", red, "image/jpeg", 422, u"image_type_mismatch"_s},
            {"not accepted", "GIF89a", "image/gif", 415, u"unsupported_media_type"_s},
        };
        for (const Refusal &r : refusals) {
            const HttpReply reply = upload(r.bytes, r.type);
            QVERIFY2(reply.status == r.status, r.name);
            QVERIFY2(reply.errorCode() == r.code, r.name);
            QVERIFY2(!reply.json()[u"error"_s][u"message"_s].toString().isEmpty(), r.name);
            QVERIFY2(editor().get(path).json()[u"items"_s].toArray().size() == 2, r.name);
        }

        // Reordering makes the first one the main image.
        const HttpReply bad = editor().send(
            "PUT", path, QJsonDocument(QJsonObject{{u"order"_s, QJsonArray{jpegHash}}}).toJson());
        QCOMPARE(bad.status, 422);
        const HttpReply reordered = editor().send(
            "PUT", path,
            QJsonDocument(QJsonObject{{u"order"_s, QJsonArray{jpegHash, redHash}}}).toJson());
        QCOMPARE(reordered.status, 200);
        QCOMPARE(reordered.json()[u"items"_s][0][u"hash"_s].toString(), jpegHash);
        QVERIFY(reordered.json()[u"items"_s][0][u"main"_s].toBool());

        // The catalog lists a published product's images, main first.
        const QJsonArray listed = catalogItem(sku)[u"images"_s].toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0][u"hash"_s].toString(), jpegHash);

        QCOMPARE(editor().del(path + u"/"_s + redHash).status, 200);
        QCOMPARE(editor().del(path + u"/"_s + redHash).status, 404);
        QCOMPARE(editor().get(path).json()[u"items"_s].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
