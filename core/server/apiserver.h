#pragma once

#include "domain/result.h"
#include "server/serveroptions.h"

#include <QAbstractHttpServer>

namespace shopdesk::server {

// The HTTP side of the server: reads requests, answers them as API.md says.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ApiServer(QObject *parent = nullptr);

    // Binds to the address; the port actually bound (useful with port 0) or an error.
    Result<quint16> start(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
};

} // namespace shopdesk::server
