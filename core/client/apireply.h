#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace shopdesk::client {

// What came back for one request: an HTTP status and JSON body, or no answer at all.
struct ApiReply
{
    int status = 0; // 0: the server could not be reached or did not answer
    QByteArray body;
    QString networkError;
    QList<QPair<QByteArray, QByteArray>> headers; // as the server sent them

    // A header's value by name, compared without case (empty when absent).
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

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
