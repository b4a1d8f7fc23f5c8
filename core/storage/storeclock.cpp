#include "storage/storeclock.h"

#include <QDateTime>

namespace shopdesk::storage {

QString StoreClock::isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue StoreClock::isoTimeOrNull(const QVariant &msecs)
{
    if (msecs.isNull())
        return QJsonValue(QJsonValue::Null);
    return isoTime(msecs.toLongLong());
}

qint64 StoreClock::nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace shopdesk::storage
