#include "clientfixture.h"

#include "client/clientsession.h"
#include "client/contentservice.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/rolepolicy.h"
#include "client/syncengine.h"
#include "domain/contentconflict.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;
using shopdesk::test::ClientShop;
using State = SyncEngine::State;

namespace {

bool addEditor(ClientShop &shop, const QString &name)
{
    return shop.admin()
               .post(u"/api/v1/users"_s,
                     {{u"username"_s, name},
                      {u"password"_s, QString::fromLatin1(ClientShop::password)},
                      {u"role"_s, u"editor"_s}})
               .status == 201;
}

ContentFields document(const QString &title, const QString &slug)
{
    ContentFields fields;
    fields.title = title;
    fields.shortDescription = u"<p>Short</p>"_s;
    fields.longDescription = u"<p>Long</p>"_s;
    fields.category = u"Kitchen/Mugs"_s;
    fields.tags = QStringList{u"blue"_s};
    fields.attributes = {{u"volume"_s, u"300 ml"_s}};
    fields.slug = slug;
    fields.metaDescription = u"A blue mug"_s;
    fields.displayOrder = 1;
    fields.featured = QStringList{u"home"_s};
    return fields;
}

// Runs one asynchronous call and waits for its answer.
template<typename T, typename Call>
Result<T> answer(Call call)
{
    std::optional<Result<T>> out;
    call([&](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return Error{u"timeout"_s, u"no answer"_s, {}};
    return *out;
}

} // namespace

// ContentService against a real server, and an editor's first sync.
class TestContent : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;

private slots:
    void editorRolePolicy()
    {
        QVERIFY(RolePolicy::isKnownRole(u"editor"_s));
        QVERIFY(RolePolicy::mayReadEntity(u"editor"_s, u"product"_s));
        QVERIFY(!RolePolicy::mayReadEntity(u"editor"_s, u"order"_s));
        QVERIFY(!RolePolicy::mayReadEntity(u"editor"_s, u"customer"_s));
        QVERIFY(!RolePolicy::mayReadEntity(u"editor"_s, u"movement"_s));
        QVERIFY(RolePolicy::contentRoles().contains(u"editor"_s));
        QVERIFY(!RolePolicy::mayPublishContent(u"editor"_s));
        QVERIFY(RolePolicy::mayPublishContent(u"manager"_s));
    }

    void editorSyncsAndWritesContentThroughReview()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addEditor(shop, u"erik"_s));

        QString why;
        auto editor = shopdesk::test::openSession(shop.url(), u"erik"_s, &why);
        QVERIFY2(editor, qPrintable(why));
        QCOMPARE(editor->info().role, u"editor"_s);
        editor->engine()->start();
        QTRY_COMPARE_WITH_TIMEOUT(editor->engine()->state(), State::Live, 20000);
        QVERIFY(editor->cache()->queries()->product(u"MUG-01"_s).has_value());

        ContentService content(editor->api());
        auto fresh = answer<ProductContent>([&](auto done) { content.load(u"MUG-01"_s, done); });
        QVERIFY(fresh);
        QCOMPARE(fresh->version, 0);

        auto saved = answer<ProductContent>([&](auto done) {
            content.save(u"MUG-01"_s, document(u"Blue mug"_s, u"blue-mug"_s), 0, done);
        });
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->version, 1);

        // A save from the stale base is refused with both sides for the conflict view.
        auto stale = answer<ProductContent>([&](auto done) {
            content.save(u"MUG-01"_s, document(u"Big blue mug"_s, u"blue-mug"_s), 0, done);
        });
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, u"edit_conflict"_s);
        const auto conflict = ContentConflict::fromJson(stale.error().details);
        QVERIFY2(conflict, qPrintable(conflict.error().message));
        QCOMPARE(conflict->theirs.version, 1);
        QCOMPARE(conflict->mine.title, u"Big blue mug"_s);

        QVERIFY(answer<ProductContent>([&](auto done) { content.submit(u"MUG-01"_s, done); }));
        auto queue =
            answer<QList<ContentListItem>>([&](auto done) { content.list(u"in_review"_s, done); });
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        // Not published yet: the catalog does not show drafts or content in review.
        QCOMPARE(shop.admin().get(u"/api/v1/catalog"_s).json().value(u"items"_s).toArray().size(),
                 0);

        // The editor may not publish; the manager may.
        auto refused = answer<ProductContent>(
            [&](auto done) { content.publish(u"MUG-01"_s, QDateTime(), done); });
        QVERIFY(!refused);
        auto manager = shopdesk::test::openSession(shop.url(), u"mia"_s, &why);
        QVERIFY2(manager, qPrintable(why));
        ContentService review(manager->api());
        auto published = answer<ProductContent>(
            [&](auto done) { review.publish(u"MUG-01"_s, QDateTime(), done); });
        QVERIFY2(published, qPrintable(published.error().message));
        QCOMPARE(published->state, u"published"_s);
        const QJsonArray catalog =
            shop.admin().get(u"/api/v1/catalog"_s).json().value(u"items"_s).toArray();
        QCOMPARE(catalog.size(), 1);
        QCOMPARE(catalog.first().toObject().value(u"title"_s).toString(), u"Blue mug"_s);

        // A second revision, then the diff between them and a rollback to the first.
        QVERIFY(answer<ProductContent>([&](auto done) {
            content.save(u"MUG-01"_s, document(u"Tall mug"_s, u"blue-mug"_s), 1, done);
        }));
        QVERIFY(answer<ProductContent>([&](auto done) { content.submit(u"MUG-01"_s, done); }));
        QVERIFY(answer<ProductContent>(
            [&](auto done) { review.publish(u"MUG-01"_s, QDateTime(), done); }));
        auto revisions = answer<QList<ContentRevision>>(
            [&](auto done) { content.revisions(u"MUG-01"_s, done); });
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 2);
        auto diff = answer<ContentDiff>([&](auto done) { content.diff(u"MUG-01"_s, 1, 2, done); });
        QVERIFY(diff);
        QCOMPARE(diff->changes.size(), 1);
        QCOMPARE(diff->changes.first().field, u"title"_s);
        auto rolledBack =
            answer<ProductContent>([&](auto done) { review.rollback(u"MUG-01"_s, 1, done); });
        QVERIFY2(rolledBack, qPrintable(rolledBack.error().message));
        QCOMPARE(rolledBack->publishedRevision, 3);
        QCOMPARE(shop.admin()
                     .get(u"/api/v1/catalog"_s)
                     .json()
                     .value(u"items"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"title"_s)
                     .toString(),
                 u"Blue mug"_s);
    }

    void scheduledPublicationAppearsLater()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QString why;
        auto manager = shopdesk::test::openSession(shop.url(), u"mia"_s, &why);
        QVERIFY2(manager, qPrintable(why));
        ContentService content(manager->api());
        QVERIFY(answer<ProductContent>([&](auto done) {
            content.save(u"MUG-01"_s, document(u"Blue mug"_s, u"blue-mug"_s), 0, done);
        }));
        QVERIFY(answer<ProductContent>([&](auto done) { content.submit(u"MUG-01"_s, done); }));
        auto scheduled = answer<ProductContent>([&](auto done) {
            content.publish(u"MUG-01"_s, QDateTime::currentDateTimeUtc().addSecs(2), done);
        });
        QVERIFY2(scheduled, qPrintable(scheduled.error().message));
        QCOMPARE(scheduled->state, u"scheduled"_s);
        QCOMPARE(shop.admin().get(u"/api/v1/catalog"_s).json().value(u"items"_s).toArray().size(),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            shop.admin().get(u"/api/v1/catalog"_s).json().value(u"items"_s).toArray().size(), 1,
            15000);
    }

    void refusedImageStoresNothing()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addEditor(shop, u"erik"_s));
        QString why;
        auto editor = shopdesk::test::openSession(shop.url(), u"erik"_s, &why);
        QVERIFY2(editor, qPrintable(why));
        ContentService content(editor->api());
        auto refused = answer<QList<ProductImage>>([&](auto done) {
            content.uploadImage(u"MUG-01"_s, "not a picture", u"image/png"_s, done);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"not_an_image"_s);
        auto images =
            answer<QList<ProductImage>>([&](auto done) { content.images(u"MUG-01"_s, done); });
        QVERIFY(images);
        QCOMPARE(images->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
