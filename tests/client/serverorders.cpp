#include "serverorders.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

QHash<QString, int> ordersByNote(TestHttp &client, bool *ok)
{
    QHash<QString, int> notes;
    QString after;
    for (;;) {
        QString path = u"/api/v1/orders?limit=100"_s;
        if (!after.isEmpty())
            path += u"&after="_s + after;
        const HttpReply reply = client.get(path);
        if (reply.status != 200) {
            *ok = false;
            return {};
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue &order : page.value(u"items"_s).toArray())
            ++notes[order.toObject().value(u"notes"_s).toString()];
        const QJsonValue next = page.value(u"next"_s);
        if (next.isNull() || next.isUndefined())
            break;
        after = next.isString() ? next.toString() : QString::number(next.toInteger());
    }
    *ok = true;
    return notes;
}

qint64 stockOf(TestHttp &client, const QString &sku, const QString &field)
{
    const HttpReply reply = client.get(u"/api/v1/stock/"_s + sku);
    if (reply.status != 200)
        return -1;
    return reply.json().value(field).toInteger(-1);
}

} // namespace shopdesk::test
