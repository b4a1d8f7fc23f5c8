#include "server/apiserver.h"

#include "domain/tr.h"
#include "server/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

void respondJson(QHttpServerResponder &responder, int status, const QJsonObject &body)
{
    responder.write(QJsonDocument(body), QHttpServerResponder::StatusCode(status));
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return QJsonObject{
        {u"error"_s,
         QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"details"_s, QJsonObject{}}}}};
}

} // namespace

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

Result<quint16> ApiServer::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        return Result<quint16>::failure(
            u"listen_failed"_s,
            Tr::tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port));
    }
    qCInfo(lcServer) << "listening on" << address.toString() << bound;
    return bound;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path == u"/api/v1/health"_s) {
        auto responder = makeResponder(request, socket);
        if (request.method() != QHttpServerRequest::Method::Get) {
            respondJson(responder, 405,
                        errorBody(u"method_not_allowed"_s, Tr::tr("This route answers GET only.")));
            return true;
        }
        respondJson(
            responder, 200,
            QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(SHOPDESK_VERSION)}});
        return true;
    }
    return false;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    respondJson(
        responder, 404,
        errorBody(u"not_found"_s, Tr::tr("There is no route %1.").arg(request.url().path())));
}

} // namespace shopdesk::server
