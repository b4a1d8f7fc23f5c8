#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace shopdesk::server {

// One parsed HTTP/1.x request. Header names are lower case; the body is complete.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path; // percent-decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerName)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerName)
                return true;
        }
        return false;
    }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

} // namespace shopdesk::server
