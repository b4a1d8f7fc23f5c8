#include "server/apiserver.h"

#include "reports/reportschema.h"
#include "reports/reportservice.h"
#include "reports/reportstore.h"

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/tr.h"
#include "server/changefeed.h"
#include "server/contentroutes.h"
#include "server/groupcommitwriter.h"
#include "server/jsonbody.h"
#include "server/logging.h"
#include "server/ordermailer.h"
#include "server/passwordhasher.h"
#include "server/snapshotroute.h"
#include "storage/bulkreader.h"
#include "storage/warehousestore.h"

#include <QDateTime>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QWebSocketServer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

const QStringList allRoles = {u"agent"_s, u"warehouse"_s, u"manager"_s,
                              u"admin"_s, u"shop"_s,      u"editor"_s};
// Orders hold customers' names and addresses: content editors have no business there.
const QStringList orderReaders = {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s, u"shop"_s};
const QStringList channels = {u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
const QStringList paymentMethods = {u"card"_s, u"paypal"_s, u"skrill"_s, u"bank_transfer"_s,
                                    u"cash_on_delivery"_s};
constexpr qint64 maxQuantity = 1000000;
constexpr qint64 maxAmountMinor = 9000000000000000LL; // exact in a JSON double
constexpr int defaultPage = 100;
constexpr int maxPage = 1000;
constexpr qint64 tokenCacheMs = 5000;

QJsonObject errorJson(const Error &error)
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, error.code},
                                                {u"message"_s, error.message},
                                                {u"details"_s, error.details}}}};
}

HttpResponse errorResponse(const Error &error)
{
    return HttpResponse::json(JsonBody::statusFor(error.code), errorJson(error));
}

bool isMutation(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

} // namespace

ApiServer::ApiServer(const ServerOptions &options, storage::ShopStore &reader,
                     GroupCommitWriter &writer, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_reader(reader)
    , m_writer(writer)
    , m_feed(feed)
{
    // Our connections hand an upgrade request over unread; this object only does the
    // WebSocket handshake and framing (TLS, if any, is already underneath).
    // Each Argon2 run takes 19 MiB; two at a time keep memory and the cores in check.
    m_hashing.setMaxThreadCount(2);
    m_webSockets = new QWebSocketServer(u"shopdesk"_s, QWebSocketServer::NonSecureMode, this);
    m_webSockets->setMaxPendingConnections(10000);
    m_webSockets->setHandshakeTimeout(10000);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (m_webSockets->hasPendingConnections())
            m_feed.addLiveClient(m_webSockets->nextPendingConnection());
    });
    ContentRoutes::startScheduler(*this);
}

ApiServer::~ApiServer()
{
    stopListening();
    closeConnections(0);
}

Result<quint16> ApiServer::listen()
{
    QTcpServer *server = nullptr;
    if (!m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty()) {
        QFile certFile(m_options.tlsCertificate);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return Result<quint16>::failure(u"tls_files_unreadable"_s,
                                            Tr::tr("Cannot read the TLS certificate %1 or key %2.")
                                                .arg(m_options.tlsCertificate, m_options.tlsKey));
        }
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            return Result<quint16>::failure(u"tls_files_invalid"_s,
                                            Tr::tr("The TLS certificate or key is not valid PEM."));
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(config);
        ssl->setHandshakeTimeout(10000);
        server = ssl;
        m_tls = true;
    } else {
        server = new QTcpServer(this);
    }
    server->setMaxPendingConnections(1000);
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server] { acceptConnections(server); });
    if (!server->listen(m_options.listenAddress, m_options.listenPort)) {
        const QString why = server->errorString();
        delete server;
        return Result<quint16>::failure(u"listen_failed"_s,
                                        Tr::tr("Cannot listen on %1:%2: %3")
                                            .arg(m_options.listenAddress.toString())
                                            .arg(m_options.listenPort)
                                            .arg(why));
    }
    m_servers.append(server);
    return server->serverPort();
}

void ApiServer::stopListening()
{
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
}

void ApiServer::closeConnections(int timeoutMs)
{
    // Give answers already written a moment to leave, then close.
    QDeadlineTimer deadline(timeoutMs);
    const auto connections = m_connections;
    m_connections.clear();
    for (const QPointer<HttpConnection> &connection : connections) {
        if (connection)
            connection->shutdown(deadline);
    }
}

void ApiServer::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        m_connections.removeAll(nullptr);
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

// ---------------------------------------------------------------- plumbing

void ApiServer::answer(const std::shared_ptr<Call> &call, const HttpResponse &response)
{
    if (call->answered)
        return;
    call->answered = true;
    --m_inFlight;
    if (call->connection)
        call->connection->respond(response);
}

void ApiServer::fail(const std::shared_ptr<Call> &call, const Error &error)
{
    HttpResponse response = errorResponse(error);
    if (error.code == u"too_many_attempts"_s)
        response.headers.append(
            {"Retry-After", QByteArray::number(error.details.value(u"retry_after"_s).toInt())});
    if (error.code == u"unauthorized"_s || error.code == u"invalid_credentials"_s)
        response.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"shopdesk\"")));
    answer(call, response);
}

void ApiServer::fail(const std::shared_ptr<Call> &call, const QString &code, const QString &message,
                     const QJsonObject &details)
{
    fail(call, Error{code, message, details});
}

void ApiServer::reply(const std::shared_ptr<Call> &call, int successStatus,
                      const Result<QJsonObject> &result)
{
    if (!result)
        return fail(call, result.error());
    answer(call, HttpResponse::json(successStatus, result.value()));
}

bool ApiServer::authenticate(const std::shared_ptr<Call> &call, const QString &token)
{
    if (token.isEmpty()) {
        fail(call, u"unauthorized"_s, Tr::tr("Sign in first: this route needs a bearer token."));
        return false;
    }
    const QString hash = PasswordHasher::tokenHash(token);
    const qint64 now = storage::StoreClock::nowMsecs();
    if (auto it = m_sessions.constFind(hash); it != m_sessions.constEnd()) {
        if (now < it->expiresAt && now - it->checkedAt < tokenCacheMs) {
            call->actor = it->actor;
            call->tokenHash = hash;
            return true;
        }
        m_sessions.erase(it);
    }
    qint64 expiresAt = 0;
    auto actor = m_reader.users().actorForToken(hash, now, &expiresAt);
    if (!actor) {
        if (actor.error().code == u"not_found"_s)
            fail(call, u"unauthorized"_s, Tr::tr("The token is unknown, revoked or expired."));
        else
            fail(call, u"storage_unavailable"_s, actor.error().message);
        return false;
    }
    if (m_sessions.size() > 10000)
        m_sessions.clear();
    m_sessions.insert(hash, CachedSession{actor.value(), expiresAt, now});
    call->actor = actor.value();
    call->tokenHash = hash;
    return true;
}

bool ApiServer::isTrustedProxy(const QHostAddress &address) const
{
    return std::any_of(m_options.trustedProxies.cbegin(), m_options.trustedProxies.cend(),
                       [&](const QHostAddress &proxy) {
                           return proxy.isEqual(address, QHostAddress::TolerantConversion);
                       });
}

QHostAddress ApiServer::clientAddress(const HttpRequest &request) const
{
    QHostAddress client = request.peer;
    if (!isTrustedProxy(client))
        return client; // anyone else's X-Forwarded-For is not believed
    // Each proxy appends the address it got the request from: read from the right.
    const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break; // the nearest address that can be read is the client then
        client = address;
        if (!isTrustedProxy(address))
            break;
    }
    return client;
}

bool ApiServer::allow(const std::shared_ptr<Call> &call, const QStringList &roles)
{
    if (roles.contains(call->actor.role))
        return true;
    fail(call, u"forbidden"_s,
         Tr::tr("The role %1 may not do this; it needs one of: %2.")
             .arg(call->actor.role, roles.join(u", "_s)),
         QJsonObject{{u"role"_s, call->actor.role}});
    return false;
}

bool ApiServer::readBody(const std::shared_ptr<Call> &call, QJsonObject &object, bool optional)
{
    if (optional && call->request.body.trimmed().isEmpty()) {
        object = {};
        return true;
    }
    auto parsed = JsonBody::parse(call->request.body);
    if (!parsed) {
        fail(call, parsed.error());
        return false;
    }
    object = parsed.value();
    return true;
}

bool ApiServer::checkQuery(const std::shared_ptr<Call> &call, const QStringList &allowed)
{
    for (const auto &[key, value] : call->request.query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key)) {
            fail(call, u"invalid_parameter"_s,
                 Tr::tr("The query parameter \"%1\" is not known here.").arg(key.left(100)),
                 QJsonObject{{u"parameter"_s, key.left(100)}});
            return false;
        }
    }
    return true;
}

void ApiServer::write(const std::shared_ptr<Call> &call, int successStatus,
                      std::function<Result<QJsonObject>(storage::ShopStore &)> mutation,
                      std::function<bool(storage::ShopStore &, const HttpResponse &)> refused)
{
    WriteJob job;
    job.refused = std::move(refused);
    job.run = [mutation = std::move(mutation), successStatus](storage::ShopStore &store) {
        const Result<QJsonObject> result = mutation(store);
        if (!result)
            return errorResponse(result.error());
        return HttpResponse::json(successStatus, result.value());
    };
    job.context = this;
    job.done = [this, call](const HttpResponse &response) { answer(call, response); };
    if (!call->idempotencyKey.isEmpty()) {
        job.userId = call->actor.userId;
        job.idempotencyKey = call->idempotencyKey;
        // Same key, same request: method, path and the body compared as parsed JSON.
        QByteArray canonical;
        if (!call->request.body.trimmed().isEmpty()) {
            canonical = QJsonDocument::fromJson(call->request.body).toJson(QJsonDocument::Compact);
        }
        job.fingerprint = QString::fromLatin1(call->request.method) + u' ' + call->request.path +
                          u' ' + QString::fromUtf8(canonical);
    }
    m_writer.submit(std::move(job));
}

// ---------------------------------------------------------------- routing

void ApiServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    auto call = std::make_shared<Call>();
    call->connection = connection;
    call->request = request;
    ++m_inFlight;

    const QString &path = request.path;
    const QByteArray &method = request.method;
    qCDebug(lcServer).noquote() << request.peer.toString() << QString::fromLatin1(method) << path;

    const QString prefix = u"/api/v1/"_s;
    QStringList segments;
    if (path.startsWith(prefix))
        segments = path.mid(prefix.size()).split(u'/');
    if (!segments.isEmpty() && segments.last().isEmpty() && segments.size() > 1)
        segments.removeLast();

    // Every route: its methods, then who may call it.
    auto methodIs = [&](std::initializer_list<const char *> allowed) {
        QByteArrayList names;
        for (const char *name : allowed) {
            if (method == name)
                return true;
            names.append(name);
        }
        HttpResponse response = errorResponse(
            Error{u"method_not_allowed"_s,
                  Tr::tr("%1 does not answer %2.").arg(path, QString::fromLatin1(method)),
                  QJsonObject{{u"allowed"_s, QString::fromLatin1(names.join(", "))}}});
        response.headers.append({"Allow", names.join(", ")});
        answer(call, response);
        return false;
    };
    const QString first = segments.value(0);
    const qsizetype count = segments.size();

    if (first == u"health"_s && count == 1) {
        if (methodIs({"GET"}))
            health(call);
        return;
    }

    // Everything else needs a known route before a token, so 404 and 405 come first.
    enum class Route {
        None,
        Session,
        Users,
        Products,
        Product,
        Stock,
        Movements,
        Customers,
        Customer,
        Orders,
        Order,
        OrderAction,
        OrderPaymentLinkMail,
        PaymentLinkVerify,
        Changes,
        Live,
        Report,
        Warehouse,
        Snapshot,
        ChangesHead,
        Content
    };
    Route route = Route::None;
    if (isWarehouseRoute(segments)) // warehouseroutes.cpp
        route = Route::Warehouse;
    else if (first == u"session"_s && count == 1)
        route = Route::Session;
    else if (first == u"users"_s && count == 1)
        route = Route::Users;
    else if (first == u"products"_s && count == 1)
        route = Route::Products;
    else if (first == u"products"_s && count == 2)
        route = Route::Product;
    else if (first == u"stock"_s && count == 2)
        route = Route::Stock;
    else if (first == u"movements"_s && count == 1)
        route = Route::Movements;
    else if (first == u"customers"_s && count == 1)
        route = Route::Customers;
    else if (first == u"customers"_s && count == 2)
        route = Route::Customer;
    else if (first == u"orders"_s && count == 1)
        route = Route::Orders;
    else if (first == u"orders"_s && count == 2)
        route = Route::Order;
    else if (first == u"orders"_s && count == 3 &&
             QStringList{u"cancel"_s, u"payment"_s, u"shipment"_s, u"delivery"_s, u"return"_s}
                 .contains(segments[2]))
        route = Route::OrderAction;
    else if (first == u"orders"_s && count == 4 && segments[2] == u"payment-link"_s &&
             segments[3] == u"email"_s)
        route = Route::OrderPaymentLinkMail;
    else if (first == u"payment-links"_s && count == 2 && segments[1] == u"verify"_s)
        route = Route::PaymentLinkVerify;
    else if (first == u"changes"_s && count == 1)
        route = Route::Changes;
    else if (first == u"live"_s && count == 1)
        route = Route::Live;
    else if (first == u"reports"_s && count == 2)
        route = Route::Report;
    else if (first == u"snapshot"_s && count == 1)
        route = Route::Snapshot;
    else if (first == u"changes"_s && count == 2 && segments[1] == u"head"_s)
        route = Route::ChangesHead;
    if (route == Route::None && ContentRoutes::matches(segments))
        route = Route::Content;
    if (route == Route::None) {
        return fail(call, u"not_found"_s, Tr::tr("There is no route %1.").arg(path.left(200)));
    }

    switch (route) {
    case Route::Session:
        if (!methodIs({"POST", "GET", "DELETE"}))
            return;
        break;
    case Route::Users:
    case Route::Products:
    case Route::Movements:
    case Route::Customers:
    case Route::Orders:
        if (!methodIs({"GET", "POST"}))
            return;
        break;
    case Route::Product:
    case Route::Customer:
        if (!methodIs({"GET", "PATCH", "PUT"}))
            return;
        break;
    case Route::Stock:
    case Route::Order:
    case Route::Changes:
    case Route::Live:
    case Route::Report:
    case Route::Snapshot:
    case Route::ChangesHead:
        if (!methodIs({"GET"}))
            return;
        break;
    case Route::OrderAction:
    case Route::OrderPaymentLinkMail:
    case Route::PaymentLinkVerify:
        if (!methodIs({"POST"}))
            return;
        break;
    case Route::Warehouse:
        if (!warehouseMethodAllowed(call, segments))
            return;
        break;
    case Route::Content:
        if (!ContentRoutes::checkMethod(*this, call, segments))
            return;
        break;
    case Route::None:
        return;
    }

    // Ids in paths: a malformed one names nothing, so 404.
    qint64 id = 0;
    if (route == Route::Customer || route == Route::Order || route == Route::OrderAction ||
        route == Route::OrderPaymentLinkMail) {
        bool ok = false;
        id = segments[1].toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(call, u"not_found"_s,
                        Tr::tr("There is no %1 %2.").arg(first, segments[1].left(100)));
    }
    if ((route == Route::Product || route == Route::Stock) && !Sku::isValid(segments[1]))
        return fail(call, u"not_found"_s,
                    Tr::tr("There is no product %1.").arg(segments[1].left(100)));

    if (route == Route::Session && method == "POST") {
        if (isMutation(method) && request.hasHeader("idempotency-key") &&
            !IdempotencyKey::parse(QString::fromLatin1(request.header("idempotency-key")))) {
            return fail(call, u"invalid_idempotency_key"_s,
                        Tr::tr("The Idempotency-Key must be a UUID."));
        }
        return login(call);
    }

    // Bearer token from the header; /live may also carry it as ?token= (browsers cannot
    // set headers on a WebSocket).
    QString token;
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    if (token.isEmpty() && route == Route::Live)
        token = request.queryValue(u"token"_s);
    if (!authenticate(call, token))
        return;

    if (isMutation(method) && request.hasHeader("idempotency-key")) {
        auto key = IdempotencyKey::parse(QString::fromLatin1(request.header("idempotency-key")));
        if (!key) {
            return fail(call, u"invalid_idempotency_key"_s,
                        Tr::tr("The Idempotency-Key must be a UUID."));
        }
        call->idempotencyKey = key.value().toString();
    }

    const QStringList staff = {u"agent"_s, u"manager"_s, u"admin"_s};
    switch (route) {
    case Route::Session:
        if (method == "DELETE")
            return logout(call);
        return whoAmI(call);
    case Route::Users:
        if (!allow(call, {u"admin"_s}))
            return;
        return method == "POST" ? createUser(call) : listUsers(call);
    case Route::Products:
        if (method == "POST") {
            if (allow(call, {u"admin"_s, u"manager"_s}))
                createProduct(call);
            return;
        }
        return listProducts(call);
    case Route::Product:
        if (method != "GET") {
            if (allow(call, {u"admin"_s, u"manager"_s}))
                updateProduct(call, segments[1]);
            return;
        }
        if (checkQuery(call, {}))
            reply(call, 200, m_reader.products().product(segments[1]));
        return;
    case Route::Stock:
        if (checkQuery(call, {}))
            reply(call, 200, m_reader.ledger().stock(segments[1]));
        return;
    case Route::Movements:
        if (method == "POST") {
            if (allow(call, {u"warehouse"_s, u"admin"_s}))
                postMovement(call);
            return;
        }
        if (allow(call, {u"warehouse"_s, u"manager"_s, u"admin"_s}))
            listMovements(call);
        return;
    case Route::Customers:
        if (!allow(call, staff))
            return;
        return method == "POST" ? createCustomer(call) : listCustomers(call);
    case Route::Customer:
        if (!allow(call, staff))
            return;
        if (method != "GET")
            return updateCustomer(call, id);
        if (checkQuery(call, {}))
            reply(call, 200, m_reader.customers().customer(id));
        return;
    case Route::Orders:
        if (method == "POST") {
            if (allow(call, {u"agent"_s, u"shop"_s, u"admin"_s}))
                createOrder(call);
            return;
        }
        return listOrders(call);
    case Route::Order:
        return getOrder(call, id);
    case Route::OrderAction:
        return orderAction(call, id, segments[2]);
    case Route::OrderPaymentLinkMail:
        return emailPaymentLink(call, id);
    case Route::PaymentLinkVerify:
        return verifyPaymentLink(call);
    case Route::Changes:
        return changes(call);
    case Route::Live:
        return live(call);
    case Route::Report:
        return report(call, segments[1]);
    case Route::Warehouse:
        return warehouse(call, segments);
    case Route::Snapshot:
        return answer(call, SnapshotRoute::snapshot(m_reader, call->actor, call->request));
    case Route::ChangesHead:
        return answer(call, SnapshotRoute::head(m_reader, call->request));
    case Route::Content:
        return ContentRoutes::handle(*this, call, segments);
    case Route::None:
        return;
    }
}

// ---------------------------------------------------------------- routes

void ApiServer::health(const std::shared_ptr<Call> &call)
{
    answer(call,
           HttpResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s},
                                               {u"version"_s, QStringLiteral(SHOPDESK_VERSION)}}));
}

void ApiServer::login(const std::shared_ptr<Call> &call)
{
    QJsonObject object;
    if (!readBody(call, object))
        return;
    JsonBody body(object);
    body.allowOnly({u"username"_s, u"password"_s});
    const QString username = body.string(u"username"_s, true, JsonBody::nameLength);
    const QString password = body.string(u"password"_s, true, JsonBody::textLength);
    if (!body.ok())
        return fail(call, body.error());

    const QString address = clientAddress(call->request).toString();
    const qint64 now = storage::StoreClock::nowMsecs();
    if (const int wait = m_limiter.retryAfter(username, address, now); wait > 0) {
        return fail(call, u"too_many_attempts"_s,
                    Tr::tr("Too many failed sign-ins; try again in %1 seconds.").arg(wait),
                    QJsonObject{{u"retry_after"_s, wait}});
    }
    auto user = m_reader.users().byName(username);
    if (!user && user.error().code != u"not_found"_s)
        return fail(call, u"storage_unavailable"_s, user.error().message);
    // Unknown users cost the same Argon2 work, so timing does not tell which names exist.
    static const QString decoy = PasswordHasher::hash(u"decoy password"_s).valueOr(QString());
    const QString encoded = user ? user.value().passwordHash : decoy;
    const bool known = user.ok();
    QtConcurrent::run(&m_hashing, [encoded, password] {
        return PasswordHasher::verify(encoded, password);
    }).then(this, [this, call, known, username, address, record = user.valueOr({})](bool verified) {
        const qint64 at = storage::StoreClock::nowMsecs();
        if (!known || !verified) {
            m_limiter.recordFailure(username, address, at);
            return fail(call, u"invalid_credentials"_s,
                        Tr::tr("The user name or password is wrong."));
        }
        m_limiter.recordSuccess(username);
        const QString token = PasswordHasher::newToken();
        const QString tokenHash = PasswordHasher::tokenHash(token);
        const qint64 expires = at + qint64(m_options.sessionSeconds) * 1000;
        const QJsonObject answerBody{{u"token"_s, token},
                                     {u"expires_at"_s, storage::StoreClock::isoTime(expires)},
                                     {u"user"_s, QJsonObject{{u"id"_s, record.id},
                                                             {u"username"_s, record.username},
                                                             {u"role"_s, record.role}}}};
        // Logins are not kept for replay: the token must exist in clear nowhere.
        call->idempotencyKey.clear();
        write(call, 200,
              [tokenHash, record, at, expires,
               answerBody](storage::ShopStore &store) -> Result<QJsonObject> {
                  if (auto ok = store.users().createSession(tokenHash, record.id, at, expires); !ok)
                      return ok.error();
                  return answerBody;
              });
    });
}

void ApiServer::logout(const std::shared_ptr<Call> &call)
{
    const QString tokenHash = call->tokenHash; // authenticated, so this very session
    m_sessions.remove(tokenHash);              // revoked on this server at once
    m_feed.revoke(tokenHash);                  // and its live feeds end
    call->idempotencyKey.clear();
    write(call, 200, [tokenHash](storage::ShopStore &store) -> Result<QJsonObject> {
        if (auto ok = store.users().deleteSession(tokenHash); !ok)
            return ok.error();
        return QJsonObject{{u"status"_s, u"signed_out"_s}};
    });
}

void ApiServer::whoAmI(const std::shared_ptr<Call> &call)
{
    answer(call, HttpResponse::json(
                     200, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, call->actor.userId},
                                                              {u"username"_s, call->actor.username},
                                                              {u"role"_s, call->actor.role}}}}));
}

void ApiServer::createUser(const std::shared_ptr<Call> &call)
{
    QJsonObject object;
    if (!readBody(call, object))
        return;
    JsonBody body(object);
    body.allowOnly({u"username"_s, u"password"_s, u"role"_s});
    const QString username = body.string(u"username"_s, true, JsonBody::nameLength, false);
    const QString password = body.string(u"password"_s, true, JsonBody::textLength);
    const QString role = body.oneOf(u"role"_s, true, allRoles, u"unknown_role"_s);
    if (body.ok() && password.size() < 8) {
        body.setError(422, u"weak_password"_s, Tr::tr("A password needs at least 8 characters."),
                      u"password"_s);
    }
    if (!body.ok())
        return fail(call, body.error());
    const storage::Actor actor = call->actor;
    QtConcurrent::run(&m_hashing, [password] {
        return PasswordHasher::hash(password);
    }).then(this, [this, call, actor, username, role](const Result<QString> &hashed) {
        if (!hashed)
            return fail(call, hashed.error());
        write(call, 201, [actor, username, role, hash = hashed.value()](storage::ShopStore &store) {
            return store.users().create(actor, username, hash, role);
        });
    });
}

void ApiServer::listUsers(const std::shared_ptr<Call> &call)
{
    if (!checkQuery(call, {}))
        return;
    auto users = m_reader.users().list();
    if (!users)
        return fail(call, users.error());
    answer(call, HttpResponse::json(
                     200, QJsonObject{{u"items"_s, users.value()}, {u"next"_s, QJsonValue::Null}}));
}

bool ApiServer::validProductFields(const std::shared_ptr<Call> &call, const QJsonObject &object,
                                   bool creating)
{
    JsonBody body(object);
    QStringList allowed = {u"name"_s, u"price"_s, u"category"_s, u"barcode"_s, u"description"_s};
    if (creating)
        allowed.append(u"sku"_s);
    body.allowOnly(allowed);
    if (creating) {
        const QString sku = body.string(u"sku"_s, true, 64);
        if (body.ok() && !Sku::isValid(sku))
            body.setError(422, u"invalid_sku"_s,
                          Tr::tr("A SKU is 1 to 64 letters, digits, dots, dashes or underscores."),
                          u"sku"_s);
    }
    body.string(u"name"_s, creating, JsonBody::nameLength, false);
    const QJsonObject price = body.object(u"price"_s, creating);
    body.string(u"category"_s, false, JsonBody::nameLength);
    body.string(u"barcode"_s, false, JsonBody::nameLength);
    body.string(u"description"_s, false, JsonBody::textLength);
    if (body.ok() && body.has(u"price"_s)) {
        JsonBody money(price);
        money.allowOnly({u"amount_minor"_s, u"currency"_s});
        money.integer(u"amount_minor"_s, true, 0, maxAmountMinor, u"invalid_amount"_s);
        const QString currency = money.string(u"currency"_s, true, 3);
        if (money.ok() && !Currency::parse(currency))
            money.setError(422, u"invalid_currency"_s,
                           Tr::tr("%1 is not an ISO 4217 currency.").arg(currency), u"currency"_s);
        if (money.ok() && currency != m_reader.currency())
            money.setError(
                422, u"currency_mismatch"_s,
                Tr::tr("The shop sells in %1, not %2.").arg(m_reader.currency(), currency),
                u"currency"_s);
        if (!money.ok()) {
            Error e = money.error();
            e.details.insert(u"field"_s, u"price."_s + e.details.value(u"field"_s).toString());
            fail(call, e);
            return false;
        }
    }
    if (!body.ok()) {
        fail(call, body.error());
        return false;
    }
    return true;
}

void ApiServer::createProduct(const std::shared_ptr<Call> &call)
{
    QJsonObject object;
    if (!readBody(call, object) || !validProductFields(call, object, true))
        return;
    const storage::Actor actor = call->actor;
    write(call, 201, [actor, object](storage::ShopStore &store) {
        return store.products().create(actor, object);
    });
}

void ApiServer::updateProduct(const std::shared_ptr<Call> &call, const QString &sku)
{
    QJsonObject object;
    if (!readBody(call, object) || !validProductFields(call, object, false))
        return;
    const storage::Actor actor = call->actor;
    write(call, 200, [actor, sku, object](storage::ShopStore &store) {
        return store.products().update(actor, sku, object);
    });
}

static bool pageParameters(const HttpRequest &request, int &limit, Error &error)
{
    limit = defaultPage;
    const QString text = request.queryValue(u"limit"_s);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1) {
        error = Error{u"invalid_parameter"_s, Tr::tr("limit must be a positive integer."),
                      QJsonObject{{u"parameter"_s, u"limit"_s}}};
        return false;
    }
    limit = std::min(value, maxPage);
    return true;
}

static bool timeParameter(const HttpRequest &request, const QString &name, qint64 &msecs,
                          Error &error)
{
    msecs = 0;
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return true;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!time.isValid()) {
        error = Error{u"invalid_parameter"_s,
                      Tr::tr("%1 must be an ISO 8601 time such as 2026-11-22T10:15:00Z.").arg(name),
                      QJsonObject{{u"parameter"_s, name}}};
        return false;
    }
    msecs = time.toMSecsSinceEpoch();
    return true;
}

static bool idParameter(const HttpRequest &request, const QString &name, qint64 &value,
                        Error &error)
{
    value = 0;
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return true;
    bool ok = false;
    value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        error =
            Error{u"invalid_parameter"_s, Tr::tr("%1 must be a cursor from \"next\".").arg(name),
                  QJsonObject{{u"parameter"_s, name}}};
        return false;
    }
    return true;
}

void ApiServer::listProducts(const std::shared_ptr<Call> &call)
{
    if (!checkQuery(call, {u"query"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    Error error;
    if (!pageParameters(call->request, limit, error))
        return fail(call, error);
    const QString query = call->request.queryValue(u"query"_s).left(JsonBody::nameLength);
    reply(call, 200, m_reader.products().list(query, limit, call->request.queryValue(u"after"_s)));
}

void ApiServer::listMovements(const std::shared_ptr<Call> &call)
{
    if (!checkQuery(call, {u"sku"_s, u"since"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 since = 0;
    qint64 after = 0;
    Error error;
    if (!pageParameters(call->request, limit, error) ||
        !timeParameter(call->request, u"since"_s, since, error) ||
        !idParameter(call->request, u"after"_s, after, error)) {
        return fail(call, error);
    }
    const QString sku = call->request.queryValue(u"sku"_s);
    if (!sku.isEmpty() && !Sku::isValid(sku))
        return fail(call, u"invalid_parameter"_s, Tr::tr("That is not a valid SKU."),
                    QJsonObject{{u"parameter"_s, u"sku"_s}});
    reply(call, 200, m_reader.ledger().listMovements(sku, since, limit, after));
}

bool ApiServer::validCustomerFields(const std::shared_ptr<Call> &call, const QJsonObject &object,
                                    bool creating)
{
    JsonBody body(object);
    QStringList fields = {u"name"_s, u"email"_s, u"phone"_s, u"address"_s, u"language"_s};
    if (creating)
        fields << u"check_duplicates"_s;
    body.allowOnly(fields);
    body.string(u"name"_s, creating, JsonBody::nameLength, false);
    const QString email = body.string(u"email"_s, false, JsonBody::nameLength);
    body.string(u"phone"_s, false, JsonBody::nameLength);
    body.string(u"address"_s, false, JsonBody::textLength);
    checkLanguage(body);
    if (body.ok() && body.has(u"check_duplicates"_s) &&
        !body.object().value(u"check_duplicates"_s).isBool()) {
        body.setError(400, u"invalid_type"_s, Tr::tr("\"check_duplicates\" must be true or false."),
                      u"check_duplicates"_s);
    }
    if (body.ok() && !email.isEmpty() &&
        (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') ||
         email.contains(u' '))) {
        body.setError(422, u"invalid_email"_s, Tr::tr("%1 is not an e-mail address.").arg(email),
                      u"email"_s);
    }
    if (!body.ok()) {
        fail(call, body.error());
        return false;
    }
    return true;
}

void ApiServer::createCustomer(const std::shared_ptr<Call> &call)
{
    QJsonObject object;
    if (!readBody(call, object) || !validCustomerFields(call, object, true))
        return;
    const storage::Actor actor = call->actor;
    // Opt-in, so that POST /customers keeps API.md's plain "201 customer" for other callers.
    const bool allowDuplicate = !object.take(u"check_duplicates"_s).toBool();
    write(call, 201, [actor, object, allowDuplicate](storage::ShopStore &store) {
        return store.customers().create(actor, object, allowDuplicate);
    });
}

void ApiServer::updateCustomer(const std::shared_ptr<Call> &call, qint64 id)
{
    QJsonObject object;
    if (!readBody(call, object) || !validCustomerFields(call, object, false))
        return;
    const storage::Actor actor = call->actor;
    write(call, 200, [actor, id, object](storage::ShopStore &store) {
        return store.customers().update(actor, id, object);
    });
}

void ApiServer::listCustomers(const std::shared_ptr<Call> &call)
{
    if (!checkQuery(call, {u"query"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    Error error;
    if (!pageParameters(call->request, limit, error) ||
        !idParameter(call->request, u"after"_s, after, error)) {
        return fail(call, error);
    }
    const QString query = call->request.queryValue(u"query"_s).left(JsonBody::nameLength);
    reply(call, 200, m_reader.customers().list(query, limit, after));
}

void ApiServer::createOrder(const std::shared_ptr<Call> &call)
{
    QJsonObject object;
    if (!readBody(call, object))
        return;
    JsonBody body(object);
    body.allowOnly({u"customer_id"_s, u"channel"_s, u"lines"_s, u"payment_method"_s, u"notes"_s});
    storage::OrderInput input;
    input.customerId =
        body.integer(u"customer_id"_s, true, 1, std::numeric_limits<qint32>::max() * 1024LL,
                     u"unknown_customer"_s);
    input.channel = body.oneOf(u"channel"_s, true, channels, u"unknown_channel"_s);
    input.paymentMethod =
        body.oneOf(u"payment_method"_s, true, paymentMethods, u"unknown_payment_method"_s);
    input.notes = body.string(u"notes"_s, false, JsonBody::textLength);
    const QJsonArray lines = body.array(u"lines"_s, true);
    if (body.ok() && lines.isEmpty())
        body.setError(422, u"no_lines"_s, Tr::tr("An order needs at least one line."), u"lines"_s);
    if (body.ok() && lines.size() > 500)
        body.setError(422, u"too_many_lines"_s, Tr::tr("An order has at most 500 lines."),
                      u"lines"_s);
    for (qsizetype i = 0; body.ok() && i < lines.size(); ++i) {
        const QString where = u"lines[%1]"_s.arg(i);
        if (!lines[i].isObject()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("Each line must be an object."), where);
            break;
        }
        JsonBody line(lines[i].toObject());
        line.allowOnly({u"sku"_s, u"quantity"_s});
        storage::OrderInput::Line parsed;
        parsed.sku = line.string(u"sku"_s, true, 64);
        if (line.ok() && !Sku::isValid(parsed.sku))
            line.setError(422, u"invalid_sku"_s, Tr::tr("That is not a valid SKU."), u"sku"_s);
        parsed.quantity = line.integer(u"quantity"_s, true, 1, maxQuantity, u"invalid_quantity"_s);
        if (!line.ok()) {
            Error e = line.error();
            e.details.insert(u"field"_s, where + u'.' + e.details.value(u"field"_s).toString());
            e.details.insert(u"line"_s, i);
            return fail(call, e);
        }
        input.lines.append(parsed);
    }
    if (!body.ok())
        return fail(call, body.error());
    const storage::Actor actor = call->actor;
    const qint64 reservation = qint64(m_options.reservationSeconds) * 1000;
    // An order refused for stock is demand the shop lost: the trends report it.
    const auto recordLostDemand = [actor, input](storage::ShopStore &store,
                                                 const HttpResponse &refusal) {
        const QJsonObject error =
            QJsonDocument::fromJson(refusal.body).object().value(u"error"_s).toObject();
        if (error.value(u"code"_s).toString() != u"insufficient_stock"_s)
            return true;
        const QJsonObject details = error.value(u"details"_s).toObject();
        reports::ReportStore::LostDemand lost;
        lost.sku = details.value(u"sku"_s).toString();
        lost.requested = details.value(u"requested"_s).toInteger();
        lost.available = details.value(u"available"_s).toInteger();
        lost.channel = input.channel;
        lost.customerId = input.customerId;
        lost.userName = actor.username;
        lost.at = QDateTime::currentMSecsSinceEpoch();
        const auto recorded = reports::ReportStore(store.database()).recordLostDemand(lost);
        if (!recorded)
            qCWarning(lcServer).noquote()
                << "cannot record lost demand:" << recorded.error().message;
        return recorded.ok();
    };
    write(
        call, 201,
        [actor, input, reservation, mailer = m_mailer](storage::ShopStore &store) {
            auto created = store.orders().create(actor, input, reservation);
            // The confirmation is queued in the order's transaction: both or neither.
            if (created && mailer) {
                if (auto queued = mailer->queueConfirmation(store, created.value()); !queued)
                    return Result<QJsonObject>(queued.error());
            }
            return created;
        },
        recordLostDemand);
}

void ApiServer::getOrder(const std::shared_ptr<Call> &call, qint64 id)
{
    if (!allow(call, orderReaders) || !checkQuery(call, {}))
        return;
    if (call->actor.role == u"shop"_s) {
        auto creator = m_reader.orders().creator(id);
        if (!creator)
            return fail(call, creator.error());
        if (creator.value() != call->actor.userId)
            return fail(call, u"forbidden"_s, Tr::tr("A shop sees only the orders it placed."));
    }
    reply(call, 200, m_reader.orders().order(id));
}

void ApiServer::listOrders(const std::shared_ptr<Call> &call)
{
    if (!allow(call, orderReaders) ||
        !checkQuery(call, {u"status"_s, u"since"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 since = 0;
    qint64 after = 0;
    Error error;
    if (!pageParameters(call->request, limit, error) ||
        !timeParameter(call->request, u"since"_s, since, error) ||
        !idParameter(call->request, u"after"_s, after, error)) {
        return fail(call, error);
    }
    const QString status = call->request.queryValue(u"status"_s);
    const QStringList statuses = {u"reserved"_s,  u"paid"_s,    u"shipped"_s, u"delivered"_s,
                                  u"cancelled"_s, u"expired"_s, u"returned"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return fail(call, u"invalid_parameter"_s,
                    Tr::tr("status must be one of: %1.").arg(statuses.join(u", "_s)),
                    QJsonObject{{u"parameter"_s, u"status"_s}});
    const qint64 onlyMine = call->actor.role == u"shop"_s ? call->actor.userId : 0;
    reply(call, 200, m_reader.orders().list(status, since, limit, after, onlyMine));
}

void ApiServer::orderAction(const std::shared_ptr<Call> &call, qint64 id, const QString &action)
{
    QStringList roles;
    if (action == u"cancel"_s)
        roles = {u"agent"_s, u"admin"_s};
    else if (action == u"payment"_s)
        roles = {u"agent"_s, u"manager"_s, u"admin"_s};
    else // shipment, delivery, return
        roles = {u"warehouse"_s, u"admin"_s};
    if (!allow(call, roles))
        return;
    QJsonObject object;
    if (!readBody(call, object, action == u"cancel"_s || action == u"delivery"_s))
        return;
    JsonBody body(object);
    const storage::Actor actor = call->actor;
    if (action == u"payment"_s) {
        body.allowOnly({u"reference"_s});
        const QString reference = body.string(u"reference"_s, true, JsonBody::nameLength, false);
        if (!body.ok())
            return fail(call, body.error());
        return write(call, 200, [actor, id, reference](storage::ShopStore &store) {
            return store.orders().pay(actor, id, reference);
        });
    }
    if (action == u"shipment"_s) {
        body.allowOnly({u"carrier"_s, u"tracking"_s});
        const QString carrier = body.string(u"carrier"_s, true, JsonBody::nameLength, false);
        const QString tracking = body.string(u"tracking"_s, true, JsonBody::nameLength, false);
        if (!body.ok())
            return fail(call, body.error());
        return write(call, 200, [actor, id, carrier, tracking](storage::ShopStore &store) {
            return storage::WarehouseStore(store).shipOrder(actor, id, carrier, tracking);
        });
    }
    if (action == u"return"_s) {
        body.allowOnly({u"reason"_s, u"location"_s});
        const QString reason = body.string(u"reason"_s, true, JsonBody::textLength, false);
        QString location = body.string(u"location"_s, false, JsonBody::nameLength, false);
        if (!body.ok())
            return fail(call, body.error());
        if (location.isEmpty())
            location = u"main"_s;
        return write(call, 200, [actor, id, reason, location](storage::ShopStore &store) {
            return store.orders().receiveReturn(actor, id, reason, location);
        });
    }
    body.allowOnly({});
    if (!body.ok())
        return fail(call, body.error());
    if (action == u"cancel"_s) {
        return write(call, 200, [actor, id](storage::ShopStore &store) {
            return store.orders().cancel(actor, id);
        });
    }
    write(call, 200,
          [actor, id](storage::ShopStore &store) { return store.orders().deliver(actor, id); });
}

void ApiServer::changes(const std::shared_ptr<Call> &call)
{
    if (!checkQuery(call, {u"since"_s, u"limit"_s, u"wait"_s}))
        return;
    const HttpRequest &request = call->request;
    auto number = [&](const QString &name, qint64 fallback, qint64 &out) {
        const QString text = request.queryValue(name);
        if (text.isEmpty()) {
            out = fallback;
            return true;
        }
        bool ok = false;
        out = text.toLongLong(&ok);
        if (!ok || out < 0) {
            fail(call, u"invalid_parameter"_s,
                 Tr::tr("%1 must be a whole number of at least 0.").arg(name),
                 QJsonObject{{u"parameter"_s, name}});
            return false;
        }
        return true;
    };
    qint64 since = 0;
    qint64 limit = 0;
    qint64 wait = 0;
    if (!number(u"since"_s, 0, since) || !number(u"limit"_s, 500, limit) ||
        !number(u"wait"_s, 0, wait))
        return;
    limit = std::clamp<qint64>(limit, 1, 5000);
    wait = std::min<qint64>(wait, 30);
    // Only the records of entities the role may read; next still passes the others.
    const storage::ChangeScope scope = SnapshotRoute::scopeFor(call->actor);
    qint64 next = since;
    auto records = m_feed.changes(since, int(limit), scope, &next);
    if (!records)
        return fail(call, u"storage_unavailable"_s, records.error().message);
    if (!records.value().isEmpty() || wait == 0)
        return answer(call, ChangeFeed::changesPage(records.value(), next));
    m_feed.wait(
        next, int(limit), int(wait * 1000), QPointer<QObject>(call->connection.data()),
        [this, call](const HttpResponse &response) { answer(call, response); }, scope);
}

void ApiServer::live(const std::shared_ptr<Call> &call)
{
    if (!checkQuery(call, {u"token"_s}))
        return;
    if (call->request.header("upgrade").toLower() != "websocket") {
        return fail(call, u"websocket_required"_s,
                    Tr::tr("/live is a WebSocket: send an Upgrade: websocket request."));
    }
    QTcpSocket *socket = call->connection ? call->connection->takeSocketForUpgrade() : nullptr;
    if (!socket) {
        return fail(call, u"malformed_http"_s,
                    Tr::tr("A WebSocket upgrade must be the first request on its connection."));
    }
    call->answered = true;
    --m_inFlight;
    m_feed.expectLiveClient(socket->peerAddress(), socket->peerPort(),
                            SnapshotRoute::scopeFor(call->actor), call->tokenHash);
    m_webSockets->handleConnection(socket);
}

// ---------------------------------------------------------------- reports

void ApiServer::report(const std::shared_ptr<Call> &call, const QString &name)
{
    // docs/reports.md. The report tables are made on the first report asked for; the service
    // brings them up to date with the change log before every answer.
    if (!m_reports) {
        if (auto ok = reports::ReportSchema::ensure(m_reader.database()); !ok)
            return fail(call, ok.error());
        m_reports =
            std::make_unique<reports::ReportService>(m_reader.database(), m_reader.currency());
    }
    const Result<QJsonObject> result = m_reports->run(name, call->request.query, call->actor.role);
    if (!result) {
        return answer(call, HttpResponse::json(reports::ReportService::httpStatus(result.error()),
                                               errorJson(result.error())));
    }
    answer(call, HttpResponse::json(200, result.value()));
}

} // namespace shopdesk::server
