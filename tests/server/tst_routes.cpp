#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include "domain/permissions.h"
#include "server/serverinstance.h"

#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using shopdesk::Capability;
using shopdesk::Permissions;
using shopdesk::server::Route;
using shopdesk::server::ServerInstance;
using shopdesk::server::ServerOptions;
using shopdesk::test::HttpReply;
using shopdesk::test::ScratchStore;
using shopdesk::test::ServerProcess;
using shopdesk::test::ShopFixture;
using shopdesk::test::TestHttp;

namespace {

QString describe(const Route &route)
{
    return QString::fromLatin1(route.method) + u" /api/v1/"_s + route.pattern;
}

// A path for the pattern whose parameters are well formed but name nothing that exists, so
// a role that may call the route gets anything but 403 without changing data.
QString samplePath(const QString &pattern)
{
    QStringList segments;
    for (const QString &segment : pattern.split(u'/')) {
        if (segment.startsWith(u"{id"_s))
            segments.append(u"999999"_s);
        else if (segment.startsWith(u"{sku"_s))
            segments.append(u"NO-SUCH-SKU"_s);
        else if (segment.startsWith(u"{hash"_s))
            segments.append(QString(64, u'a'));
        else if (segment.startsWith(u"{word"_s))
            segments.append(u"sales"_s);
        else
            segments.append(segment);
    }
    return u"/api/v1/"_s + segments.join(u'/');
}

} // namespace

// Every route the server declares: who may call it comes from the permission table, and the
// server refuses (403) exactly the roles the table refuses.
class TestRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteHasACapability();
    void onlySignInAndHealthArePublic();
    void routesAreDeclaredOnce();
    void everyCapabilityIsGrantedAndNamed();
    void methodIsCheckedBeforeToken();
    void tokenIsCheckedBeforeRole();
    void serverRefusesExactlyWhatTheTableRefuses();

private:
    std::unique_ptr<ScratchStore> m_store;
    std::unique_ptr<ServerInstance> m_server;
    QList<Route> m_routes;
};

void TestRoutes::initTestCase()
{
    m_store = std::make_unique<ScratchStore>();
    SHOPDESK_REQUIRE_BACKEND(*m_store);
    ServerOptions options;
    options.dataDir = m_store->dataDir();
    options.databaseUrl = m_store->databaseUrl();
    options.adminPassword = QString::fromLatin1(ServerProcess::adminPassword);
    m_server = std::make_unique<ServerInstance>(options);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    m_routes = m_server->routes();
    QVERIFY(m_routes.size() > 40);
}

void TestRoutes::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_store.reset();
}

void TestRoutes::everyRouteHasACapability()
{
    const QList<Capability> known = Permissions::capabilities();
    for (const Route &route : std::as_const(m_routes)) {
        QVERIFY2(route.handler, qPrintable(describe(route)));
        if (route.isPublic())
            continue;
        QVERIFY2(known.contains(*route.capability),
                 qPrintable(describe(route) + u" has a capability outside the table"_s));
    }
}

void TestRoutes::onlySignInAndHealthArePublic()
{
    QStringList open;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.isPublic())
            open.append(describe(route));
    }
    open.sort();
    // Payment providers authenticate by the signature of their notification, not a token.
    QCOMPARE(open, (QStringList{u"GET /api/v1/health"_s, u"POST /api/v1/payments/notify/{word}"_s,
                                u"POST /api/v1/session"_s}));
}

void TestRoutes::routesAreDeclaredOnce()
{
    QStringList seen;
    for (const Route &route : std::as_const(m_routes)) {
        QVERIFY2(!seen.contains(describe(route)), qPrintable(describe(route)));
        seen.append(describe(route));
    }
}

void TestRoutes::everyCapabilityIsGrantedAndNamed()
{
    QStringList names;
    for (const Capability capability : Permissions::capabilities()) {
        const QString name = Permissions::name(capability);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.append(name);
        QVERIFY2(!Permissions::rolesWith(capability).isEmpty(), qPrintable(name));
        QVERIFY2(Permissions::allows(u"admin"_s, capability), qPrintable(name));
        QVERIFY(!Permissions::allows(u"nobody"_s, capability));
    }
}

void TestRoutes::methodIsCheckedBeforeToken()
{
    QHash<QString, QByteArrayList> methods;
    for (const Route &route : std::as_const(m_routes))
        methods[route.pattern].append(route.method);
    const QByteArrayList all = {"GET", "POST", "PUT", "PATCH", "DELETE"};
    for (auto it = methods.cbegin(); it != methods.cend(); ++it) {
        const auto other = std::find_if(all.cbegin(), all.cend(), [&](const QByteArray &method) {
            return !it.value().contains(method);
        });
        QVERIFY(other != all.cend());
        TestHttp http(m_server->url());
        const HttpReply reply = http.send(*other, samplePath(it.key()), "{}");
        const QString what = QString::fromLatin1(*other) + u' ' + it.key();
        QVERIFY2(reply.status == 405, qPrintable(what + u": "_s + QString::number(reply.status)));
        QByteArray allow;
        for (const auto &[name, value] : reply.headers) {
            if (name.toLower() == "allow")
                allow = value;
        }
        QCOMPARE(allow, it.value().join(", "));
    }
}

void TestRoutes::tokenIsCheckedBeforeRole()
{
    for (const Route &route : std::as_const(m_routes)) {
        if (route.isPublic())
            continue;
        TestHttp http(m_server->url());
        const HttpReply reply = http.send(route.method, samplePath(route.pattern), "{}");
        QVERIFY2(reply.status == 401,
                 qPrintable(describe(route) + u": "_s + QString::number(reply.status)));
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
    }
}

void TestRoutes::serverRefusesExactlyWhatTheTableRefuses()
{
    ShopFixture fixture(m_server->url());
    QVERIFY2(fixture.setUp(), qPrintable(fixture.why()));
    // The fixture has no content editor or quality assurance: sign them in too.
    QHash<QString, QString> tokens;
    for (const QString &role : ShopFixture::roles())
        tokens.insert(role, fixture.token(role));
    for (const QString &role : {u"editor"_s, u"qa"_s}) {
        const HttpReply created =
            fixture.as(u"admin"_s)
                .post(u"/api/v1/users"_s, {{u"username"_s, role},
                                           {u"password"_s, ShopFixture::passwordFor(role)},
                                           {u"role"_s, role}});
        QCOMPARE(created.status, 201);
        TestHttp user(m_server->url());
        QVERIFY(user.login(role, ShopFixture::passwordFor(role)));
        tokens.insert(role, user.token());
    }
    QCOMPARE(tokens.size(), Permissions::roles().size());

    // Signing out ends the session the other requests need: that route goes last.
    QList<Route> routes = m_routes;
    std::stable_partition(routes.begin(), routes.end(), [](const Route &route) {
        return !(route.method == "DELETE" && route.pattern == u"session"_s);
    });
    for (const Route &route : std::as_const(routes)) {
        if (route.isPublic())
            continue;
        const QString path = samplePath(route.pattern);
        const QByteArray body = route.method == "GET" || route.method == "DELETE" ? "" : "{}";
        for (const QString &role : Permissions::roles()) {
            TestHttp http(m_server->url());
            http.setToken(tokens.value(role));
            const HttpReply reply = http.send(route.method, path, body);
            const bool allowed = Permissions::allows(role, *route.capability);
            const QString what = describe(route) + u" as "_s + role + u": "_s +
                                 QString::number(reply.status) + u' ' +
                                 QString::fromUtf8(reply.body.left(200));
            QVERIFY2(reply.status != 401, qPrintable(what));
            QVERIFY2((reply.status == 403) == !allowed, qPrintable(what));
            if (!allowed)
                QCOMPARE(reply.errorCode(), u"forbidden"_s);
        }
    }
}

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
