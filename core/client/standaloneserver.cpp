#include "client/standaloneserver.h"

#include "client/embeddedserver.h"
#include "client/logging.h"
#include "domain/tr.h"

#include <QDir>
#include <QNetworkInterface>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

// The address other computers on the network would use: the first non-loopback IPv4.
QString lanAddress()
{
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address.toString();
    }
    return u"127.0.0.1"_s;
}

} // namespace

StandaloneServer::StandaloneServer(QObject *parent)
    : QObject(parent)
{}

StandaloneServer::~StandaloneServer()
{
    stop();
}

QString StandaloneServer::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/standalone"_s;
}

bool StandaloneServer::isFirstStart(const QString &dataDir)
{
    const QDir dir(dataDir);
    return !dir.exists() || dir.isEmpty();
}

Result<QUrl> StandaloneServer::start(const QString &dataDir, const QHostAddress &address,
                                     quint16 port, const QString &adminPassword)
{
    stop();
    if (!QDir().mkpath(dataDir)) {
        return Result<QUrl>::failure(
            u"data_dir_unavailable"_s,
            Tr::tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(dataDir)));
    }
    auto server = EmbeddedServer::create();
    if (!server) {
        return Result<QUrl>::failure(
            u"standalone_unavailable"_s,
            Tr::tr("This program cannot run the shop on this computer; connect to a server."));
    }
    EmbeddedServer::Options options;
    options.dataDir = dataDir;
    options.address = address;
    options.port = port;
    options.adminPassword = adminPassword; // used only while the store has no user
    const auto bound = server->start(options);
    if (!bound)
        return bound.error();
    m_server = std::move(server);
    const bool anyAddress = address == QHostAddress::AnyIPv4 || address == QHostAddress::Any ||
                            address == QHostAddress::AnyIPv6;
    m_localUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(bound.value()));
    if (!anyAddress && address != QHostAddress::LocalHost) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(address.toString());
        url.setPort(bound.value());
        m_localUrl = url;
    }
    m_sharedUrl = QUrl();
    if (address != QHostAddress::LocalHost) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(anyAddress ? lanAddress() : address.toString());
        url.setPort(bound.value());
        m_sharedUrl = url;
    }
    qCInfo(lcSync) << "standalone server on" << m_localUrl << "data" << dataDir;
    return m_localUrl;
}

void StandaloneServer::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    m_localUrl.clear();
    m_sharedUrl.clear();
}

bool StandaloneServer::isRunning() const
{
    return m_server != nullptr;
}

} // namespace shopdesk::client
