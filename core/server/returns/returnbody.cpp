#include "server/returns/returnbody.h"

#include "domain/ids.h"
#include "domain/returns/returnreason.h"
#include "domain/tr.h"
#include "server/jsonbody.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxId = std::numeric_limits<qint32>::max() * 1024LL;
constexpr qint64 maxQuantity = 1000000;
constexpr qsizetype maxLines = 500;

QStringList reasons()
{
    QStringList names;
    for (returns::ReturnReason reason : returns::allReturnReasons())
        names.append(returns::returnReasonName(reason));
    return names;
}

// Each element of body's `field` as an object read by `read`, which returns false after
// setting the line's error; duplicates of a SKU are refused. False after setting the body's.
template<typename Read>
bool readLines(JsonBody &body, const QString &field, bool required, Read read)
{
    const QJsonArray lines = body.array(field, required);
    if (body.ok() && lines.size() > maxLines) {
        body.setError(422, u"too_many_lines"_s, Tr::tr("Name at most 500 lines."), field);
    }
    QStringList skus;
    for (qsizetype i = 0; body.ok() && i < lines.size(); ++i) {
        const QString where = u"%1[%2]"_s.arg(field).arg(i);
        if (!lines[i].isObject()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("Each line must be an object."), where);
            return false;
        }
        JsonBody line(lines[i].toObject());
        const QString sku = read(line);
        if (line.ok() && !Sku::isValid(sku))
            line.setError(422, u"invalid_sku"_s, Tr::tr("That is not a valid SKU."), u"sku"_s);
        if (!line.ok()) {
            body.setError(0, line.error().code, line.error().message,
                          where + u'.' + line.error().details.value(u"field"_s).toString());
            return false;
        }
        if (skus.contains(sku)) {
            body.setError(422, u"duplicate_line"_s,
                          Tr::tr("%1 is named twice: give one line its whole quantity.").arg(sku),
                          where);
            return false;
        }
        skus.append(sku);
    }
    return body.ok();
}

QList<storage::ReturnInput::Line> quantityLines(JsonBody &body, bool required)
{
    QList<storage::ReturnInput::Line> lines;
    readLines(body, u"lines"_s, required, [&lines](JsonBody &line) {
        line.allowOnly({u"sku"_s, u"quantity"_s});
        const QString sku = line.string(u"sku"_s, true, 64);
        const qint64 quantity =
            line.integer(u"quantity"_s, true, 1, maxQuantity, u"invalid_quantity"_s);
        lines.append({sku, quantity});
        return sku;
    });
    if (body.ok() && required && lines.isEmpty()) {
        body.setError(422, u"no_lines"_s, Tr::tr("Name at least one line."), u"lines"_s);
    }
    return lines;
}

} // namespace

Result<ReturnBody::Created> ReturnBody::create(const QJsonObject &object)
{
    JsonBody body(object);
    body.allowOnly(
        {u"order_id"_s, u"ticket_id"_s, u"reason"_s, u"note"_s, u"lines"_s, u"approve"_s});
    Created created;
    created.input.orderId = body.integer(u"order_id"_s, true, 1, maxId, u"unknown_order"_s);
    created.input.ticketId = body.integer(u"ticket_id"_s, false, 1, maxId, u"unknown_ticket"_s);
    created.input.reason = body.oneOf(u"reason"_s, true, reasons(), u"unknown_reason"_s);
    created.input.note = body.string(u"note"_s, false, JsonBody::textLength);
    if (body.ok() && body.has(u"approve"_s)) {
        if (!object.value(u"approve"_s).isBool()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("approve must be true or false."),
                          u"approve"_s);
        }
        created.approve = object.value(u"approve"_s).toBool();
    }
    if (body.ok())
        created.input.lines = quantityLines(body, true);
    if (!body.ok())
        return body.error();
    return created;
}

Result<QList<storage::ReceiptLine>> ReturnBody::receipt(const QJsonObject &object)
{
    JsonBody body(object);
    body.allowOnly({u"lines"_s});
    QList<storage::ReceiptLine> lines;
    readLines(body, u"lines"_s, true, [&lines](JsonBody &line) {
        line.allowOnly({u"sku"_s, u"restock"_s, u"write_off"_s, u"location"_s});
        storage::ReceiptLine read;
        read.sku = line.string(u"sku"_s, true, 64);
        read.restock = line.integer(u"restock"_s, false, 0, maxQuantity, u"invalid_quantity"_s);
        read.writeOff = line.integer(u"write_off"_s, false, 0, maxQuantity, u"invalid_quantity"_s);
        read.location = line.string(u"location"_s, false, JsonBody::nameLength, false);
        lines.append(read);
        return read.sku;
    });
    if (!body.ok())
        return body.error();
    return lines;
}

Result<QList<storage::ReturnInput::Line>> ReturnBody::exchange(const QJsonObject &object)
{
    JsonBody body(object);
    body.allowOnly({u"lines"_s});
    QList<storage::ReturnInput::Line> lines;
    if (body.ok() && body.has(u"lines"_s))
        lines = quantityLines(body, true);
    if (!body.ok())
        return body.error();
    return lines;
}

} // namespace shopdesk::server
