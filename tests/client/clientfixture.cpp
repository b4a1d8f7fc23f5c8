#include "clientfixture.h"

#include "client/clientsession.h"
#include "client/syncengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

IsolatedHome::IsolatedHome()
{
    qputenv("XDG_DATA_HOME", (m_dir.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_dir.path() + u"/config"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_dir.path() + u"/cache"_s).toUtf8());
    // No session bus: the keychain must say it is unavailable, not wait for one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + (m_dir.path() + u"/no-bus"_s).toUtf8());
}

bool ClientShop::start()
{
    if (!m_server.start())
        return false;
    m_port = m_server.port();
    m_admin = std::make_unique<TestHttp>(m_server.baseUrl());
    if (!m_admin->login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword)))
        return false;
    for (const auto &[user, role] :
         {std::pair{u"alice"_s, u"agent"_s}, std::pair{u"wanda"_s, u"warehouse"_s},
          std::pair{u"mia"_s, u"manager"_s}}) {
        const HttpReply reply =
            m_admin->post(u"/api/v1/users"_s, {{u"username"_s, user},
                                               {u"password"_s, QString::fromLatin1(password)},
                                               {u"role"_s, role}});
        if (reply.status != 201) {
            qWarning("cannot create user: %s", reply.body.constData());
            return false;
        }
    }
    const HttpReply customer =
        m_admin->post(u"/api/v1/customers"_s,
                      {{u"name"_s, u"Ada Lovelace"_s}, {u"email"_s, u"ada@example.org"_s}});
    if (customer.status != 201) {
        qWarning("cannot create customer: %s", customer.body.constData());
        return false;
    }
    m_customerId = qint64(customer.json().value(u"id"_s).toDouble());
    return createProduct(u"MUG-01"_s, u"Blue mug"_s, 1250) == 201 &&
           postMovement(u"MUG-01"_s, u"receipt"_s, 10) == 201;
}

bool ClientShop::restart()
{
    m_server.stop();
    return startAgain();
}

bool ClientShop::startAgain()
{
    // The same port, so clients find it where it was.
    return m_server.start({u"--listen"_s, u"127.0.0.1:"_s + QString::number(m_port)});
}

int ClientShop::createProduct(const QString &sku, const QString &name, qint64 priceMinor)
{
    const HttpReply reply = m_admin->post(
        u"/api/v1/products"_s,
        {{u"sku"_s, sku},
         {u"name"_s, name},
         {u"category"_s, u"Kitchen"_s},
         {u"price"_s, QJsonObject{{u"amount_minor"_s, priceMinor}, {u"currency"_s, u"EUR"_s}}}});
    if (reply.status != 201)
        qWarning("cannot create product: %s", reply.body.constData());
    return reply.status;
}

int ClientShop::postMovement(const QString &sku, const QString &kind, qint64 quantity,
                             const QString &reason)
{
    const HttpReply reply = m_admin->post(
        u"/api/v1/movements"_s,
        {{u"sku"_s, sku}, {u"kind"_s, kind}, {u"quantity"_s, quantity}, {u"reason"_s, reason}});
    if (reply.status != 201)
        qWarning("cannot post movement: %s", reply.body.constData());
    return reply.status;
}

std::unique_ptr<client::ClientSession> openSession(const QUrl &url, const QString &user,
                                                   QString *why)
{
    auto session = std::make_unique<client::ClientSession>();
    client::ConnectionSettings settings;
    settings.standalone = false;
    settings.server = url;
    QSignalSpy opened(session.get(), &client::ClientSession::opened);
    QSignalSpy failed(session.get(), &client::ClientSession::failed);
    session->open(settings, user, QString::fromLatin1(ClientShop::password));
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000) ||
        opened.isEmpty()) {
        if (why && !failed.isEmpty())
            *why = failed.first().first().value<Error>().message;
        return nullptr;
    }
    return session;
}

bool startLive(client::ClientSession &session, int ms)
{
    session.engine()->start();
    return QTest::qWaitFor(
        [&] { return session.engine()->state() == client::SyncEngine::State::Live; }, ms);
}

std::unique_ptr<client::ClientSession> openLiveSession(const QUrl &url, const QString &user)
{
    auto session = openSession(url, user);
    if (!session || !startLive(*session))
        return nullptr;
    return session;
}

} // namespace shopdesk::test
