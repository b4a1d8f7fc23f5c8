#include "client/apireply.h"

#include "client/errortext.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::client {

Error ApiReply::error() const
{
    if (status == 0) {
        return Error{
            u"network_error"_s, Tr::tr("The server cannot be reached: %1").arg(networkError), {}};
    }
    const QJsonObject object = json().value(u"error"_s).toObject();
    if (object.isEmpty()) {
        return Error{u"http_"_s + QString::number(status),
                     Tr::tr("The server answered with HTTP status %1.").arg(status),
                     {}};
    }
    Error error{object.value(u"code"_s).toString(), object.value(u"message"_s).toString(),
                object.value(u"details"_s).toObject()};
    error.message = ErrorText::describe(error);
    return error;
}

} // namespace shopdesk::client
