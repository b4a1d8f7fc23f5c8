#include "server/queryparameters.h"

#include "domain/tr.h"
#include "server/requesttext.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

bool QueryParameters::page(const HttpRequest &request, int &limit, Error &error)
{
    limit = defaultPage;
    const QString text = request.queryValue(u"limit"_s);
    if (text.isEmpty())
        return true;
    bool ok = RequestText::isNumber(text);
    const int value = ok ? text.toInt(&ok) : 0;
    if (!ok || value < 1) {
        error = Error{u"invalid_parameter"_s, Tr::tr("limit must be a positive integer."),
                      QJsonObject{{u"parameter"_s, u"limit"_s}}};
        return false;
    }
    limit = std::min(value, maxPage);
    return true;
}

bool QueryParameters::time(const HttpRequest &request, const QString &name, qint64 &msecs,
                           Error &error)
{
    msecs = 0;
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return true;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!time.isValid()) {
        error = Error{u"invalid_parameter"_s,
                      Tr::tr("%1 must be an ISO 8601 time such as 2026-11-22T10:15:00Z.").arg(name),
                      QJsonObject{{u"parameter"_s, name}}};
        return false;
    }
    msecs = time.toMSecsSinceEpoch();
    return true;
}

bool QueryParameters::id(const HttpRequest &request, const QString &name, qint64 &value,
                         Error &error)
{
    value = 0;
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return true;
    if (!RequestText::isNumber(text)) {
        error =
            Error{u"invalid_parameter"_s, Tr::tr("%1 must be a cursor from \"next\".").arg(name),
                  QJsonObject{{u"parameter"_s, name}}};
        return false;
    }
    value = text.toLongLong();
    return true;
}

} // namespace shopdesk::server
