#include "client/retrykeys.h"

#include "client/apireply.h"
#include "domain/ids.h"

#include <QCryptographicHash>

namespace shopdesk::client {

QString RetryKeys::fingerprint(const QByteArray &method, const QString &path,
                               const QByteArray &body)
{
    return QString::fromLatin1(method) + u' ' + path + u' ' +
           QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QString RetryKeys::keyFor(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QString &key = m_keys[fingerprint(method, path, body)];
    if (key.isEmpty())
        key = IdempotencyKey::generate().toString();
    return key;
}

void RetryKeys::answered(const QByteArray &method, const QString &path, const QByteArray &body,
                         const ApiReply &reply)
{
    if (!reply.isTransient())
        m_keys.remove(fingerprint(method, path, body));
}

} // namespace shopdesk::client
