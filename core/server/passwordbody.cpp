#include "server/passwordbody.h"

#include "server/call.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace shopdesk::server {

QString PasswordBody::fingerprint(const Call &call)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(call.idempotencyKey.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument::fromJson(call.request.body).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace shopdesk::server
