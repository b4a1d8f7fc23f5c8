#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace shopdesk::client {

// What came back for one request: an HTTP status and JSON body, or no answer at all.
struct ApiReply
{
    int status = 0; // 0: the server could not be reached or did not answer
    QByteArray body;
    QString networkError;

    bool isNetworkFailure() const { return status == 0; }
    bool isSuccess() const { return status >= 200 && status < 300; }
    // Worth sending again later: no answer, a server fault, or "slow down".
    bool isTransient() const
    {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The server's {"error": {...}} as an Error, or a description of the transport failure.
    Error error() const;
};

} // namespace shopdesk::client
