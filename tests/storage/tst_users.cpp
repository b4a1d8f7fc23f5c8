// Users and sessions: created once by name, found by live token only, signed out, purged.

#include "storefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::test::StoreFixture;

class TestUsers : public QObject
{
    Q_OBJECT

    static shopdesk::Result<QJsonObject> session(StoreFixture &fixture, const QString &token,
                                                 qint64 userId, qint64 now, qint64 expiresAt)
    {
        return fixture.write(
            [&](shopdesk::storage::ShopStore &store) -> shopdesk::Result<QJsonObject> {
                if (auto ok = store.users().createSession(token, userId, now, expiresAt); !ok)
                    return ok.error();
                return QJsonObject{};
            });
    }

private slots:
    void userLifecycle()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto &users = fixture.store().users();
        QCOMPARE(users.count().value(), 1); // the fixture's admin
        auto created = fixture.write([](auto &store) {
            return store.users().create(StoreFixture::admin(), u"agent1"_s, u"hash"_s, u"agent"_s);
        });
        QVERIFY(created.ok());
        QCOMPARE(created.value().value(u"role"_s).toString(), u"agent"_s);
        QCOMPARE(users.count().value(), 2);

        auto record = users.byName(u"agent1"_s);
        QVERIFY(record.ok());
        QCOMPARE(record.value().passwordHash, u"hash"_s);
        QCOMPARE(record.value().id, created.value().value(u"id"_s).toInteger());
        QCOMPARE(users.byName(u"nobody"_s).error().code, u"not_found"_s);

        auto again = fixture.write([](auto &store) {
            return store.users().create(StoreFixture::admin(), u"agent1"_s, u"x"_s, u"admin"_s);
        });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"username_exists"_s);

        const QJsonArray list = users.list().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"username"_s).toString(), u"agent1"_s);
    }

    void sessionLifecycle()
    {
        StoreFixture fixture;
        SHOPDESK_REQUIRE_STORE(fixture);
        auto &users = fixture.store().users();
        const qint64 now = 1'000'000;
        QVERIFY(session(fixture, u"live"_s, 1, now, now + 1000).ok());
        QVERIFY(session(fixture, u"stale"_s, 1, now - 5000, now - 1).ok());

        qint64 expiresAt = 0;
        auto actor = users.actorForToken(u"live"_s, now, &expiresAt);
        QVERIFY(actor.ok());
        QCOMPARE(actor.value().username, u"admin"_s);
        QCOMPARE(actor.value().role, u"admin"_s);
        QCOMPARE(expiresAt, now + 1000);
        QCOMPARE(users.actorForToken(u"stale"_s, now).error().code, u"not_found"_s);
        QCOMPARE(users.actorForToken(u"live"_s, now + 1000).error().code, u"not_found"_s);

        // Purging drops the expired session only.
        auto purged = fixture.write([&](auto &store) -> shopdesk::Result<QJsonObject> {
            if (auto ok = store.users().purgeExpiredSessions(now); !ok)
                return ok.error();
            return QJsonObject{};
        });
        QVERIFY(purged.ok());
        QCOMPARE(fixture.database().scalar(u"SELECT COUNT(*) FROM sessions"_s)->toInt(), 1);

        // Signing out ends the session at once.
        auto signedOut = fixture.write([](auto &store) -> shopdesk::Result<QJsonObject> {
            if (auto ok = store.users().deleteSession(u"live"_s); !ok)
                return ok.error();
            return QJsonObject{};
        });
        QVERIFY(signedOut.ok());
        QCOMPARE(users.actorForToken(u"live"_s, now).error().code, u"not_found"_s);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
