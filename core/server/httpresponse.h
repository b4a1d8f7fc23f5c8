#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace shopdesk::server {

// What the server answers to one request.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool close = false; // close the connection after this answer

    static HttpResponse json(int status, const QJsonObject &body)
    {
        HttpResponse response;
        response.status = status;
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    }
};

} // namespace shopdesk::server
