#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace shopdesk::client {

struct ApiReply;

// Idempotency-Keys for calls sent straight to the server (not through the outbox): a request
// sent again after no answer carries the key it had, so the server does it once; once answered,
// the same request again is a new one. Requests in flight together each keep their own key.
class RetryKeys
{
public:
    // The key for this request (method, path with its query, body).
    QString keyFor(const QByteArray &method, const QString &path, const QByteArray &body);
    // The request got reply: its key is dropped unless the reply says "try again".
    void answered(const QByteArray &method, const QString &path, const QByteArray &body,
                  const ApiReply &reply);

private:
    static QString fingerprint(const QByteArray &method, const QString &path,
                               const QByteArray &body);

    QHash<QString, QString> m_keys; // fingerprint → key
};

} // namespace shopdesk::client
