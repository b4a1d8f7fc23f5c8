#include "server/warehouseroutes.h"

#include "domain/ids.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "storage/warehousestore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxQuantity = 1000000;
constexpr qsizetype maxBatchLines = 500;

const QStringList movementKinds = {u"receipt"_s, u"return"_s, u"removal"_s, u"adjustment"_s,
                                   u"transfer"_s};

// A location name as movements and locations take it.
QString locationField(JsonBody &body, const QString &field, bool required)
{
    const QString name = body.string(field, required, JsonBody::nameLength, false);
    if (body.ok() && body.has(field) && name.trimmed() != name)
        body.setError(422, u"invalid_location"_s,
                      Tr::tr("A location name has no leading or trailing spaces."), field);
    return name;
}

// One movement body (POST /movements, a line of a batch, a count); errors land in body.
storage::WarehouseLine parseLine(JsonBody &body)
{
    body.allowOnly({u"sku"_s, u"kind"_s, u"quantity"_s, u"counted"_s, u"reason"_s, u"location"_s,
                    u"from_location"_s, u"to_location"_s});
    storage::WarehouseLine line;
    line.sku = body.string(u"sku"_s, true, 64);
    if (body.ok() && !Sku::isValid(line.sku))
        body.setError(422, u"invalid_sku"_s, Tr::tr("That is not a valid SKU."), u"sku"_s);
    line.kind = body.string(u"kind"_s, true, JsonBody::nameLength);
    if (body.ok() && line.kind == u"sale"_s)
        body.setError(422, u"sale_only_from_shipment"_s,
                      Tr::tr("Sales enter the ledger only through an order's shipment."),
                      u"kind"_s);
    if (body.ok() && !movementKinds.contains(line.kind))
        body.setError(422, u"unknown_kind"_s,
                      Tr::tr("The kind must be receipt, return, removal, adjustment or transfer."),
                      u"kind"_s);
    const bool counting = body.ok() && body.has(u"counted"_s);
    if (counting) {
        line.counted = body.integer(u"counted"_s, true, 0, maxQuantity, u"invalid_quantity"_s);
        if (body.ok() && line.kind != u"adjustment"_s)
            body.setError(422, u"invalid_value"_s, Tr::tr("Only an adjustment takes a count."),
                          u"counted"_s);
        if (body.ok() && body.has(u"quantity"_s))
            body.setError(422, u"invalid_value"_s,
                          Tr::tr("A count gives \"counted\"; the server works out the quantity."),
                          u"quantity"_s);
    } else {
        line.quantity =
            body.integer(u"quantity"_s, true, -maxQuantity, maxQuantity, u"invalid_quantity"_s);
        if (body.ok() && line.quantity == 0)
            body.setError(422, u"invalid_quantity"_s, Tr::tr("A movement moves at least one unit."),
                          u"quantity"_s);
    }
    line.reason = body.string(u"reason"_s, true, JsonBody::textLength);
    const bool transfer = line.kind == u"transfer"_s;
    line.location = locationField(body, u"location"_s, false);
    line.fromLocation = locationField(body, u"from_location"_s, transfer);
    line.toLocation = locationField(body, u"to_location"_s, transfer);
    if (body.ok() && !counting) {
        const bool positive = line.quantity > 0;
        const bool signOk = (line.kind == u"receipt"_s || line.kind == u"return"_s || transfer)
                                ? positive
                            : line.kind == u"removal"_s ? !positive
                                                        : true;
        if (!signOk)
            body.setError(422, u"wrong_sign"_s,
                          Tr::tr("A %1 needs a %2 quantity.")
                              .arg(line.kind, positive ? Tr::tr("negative") : Tr::tr("positive")),
                          u"quantity"_s);
    }
    if (body.ok() && (line.kind == u"removal"_s || counting) && line.reason.trimmed().isEmpty())
        body.setError(422, u"reason_required"_s,
                      counting ? Tr::tr("Say why the count differs (or what was counted).")
                               : Tr::tr("Say why units are removed (direct sale, replacement, "
                                        "damage)."),
                      u"reason"_s);
    if (body.ok() && transfer && body.has(u"location"_s))
        body.setError(422, u"invalid_value"_s,
                      Tr::tr("A transfer names from_location and to_location, not location."),
                      u"location"_s);
    if (body.ok() && !transfer && (body.has(u"from_location"_s) || body.has(u"to_location"_s)))
        body.setError(422, u"invalid_value"_s,
                      Tr::tr("Only a transfer takes from_location and to_location."),
                      u"from_location"_s);
    if (body.ok() && transfer && line.fromLocation == line.toLocation)
        body.setError(422, u"invalid_value"_s,
                      Tr::tr("A transfer moves units between two different locations."),
                      u"to_location"_s);
    if (line.location.isEmpty())
        line.location = u"main"_s;
    return line;
}

// The lines of a POST /movements/batch body, a receipt's supplier and reference added to
// their reason; or the error that refuses them.
Result<QList<storage::WarehouseLine>> parseBatch(const QJsonObject &object)
{
    JsonBody body(object);
    body.allowOnly({u"lines"_s, u"supplier"_s, u"reference"_s});
    const QJsonArray array = body.array(u"lines"_s, true);
    const QString supplier = body.string(u"supplier"_s, false, JsonBody::nameLength);
    const QString reference = body.string(u"reference"_s, false, JsonBody::nameLength);
    if (body.ok() && array.isEmpty())
        body.setError(422, u"no_lines"_s, Tr::tr("A batch needs at least one line."), u"lines"_s);
    if (body.ok() && array.size() > maxBatchLines)
        body.setError(422, u"too_many_lines"_s,
                      Tr::tr("A batch has at most %1 lines.").arg(maxBatchLines), u"lines"_s);
    if (!body.ok())
        return body.error();
    // A receipt names where the goods came from in its reason.
    QStringList source;
    if (!supplier.trimmed().isEmpty())
        source.append(Tr::tr("supplier %1").arg(supplier.trimmed()));
    if (!reference.trimmed().isEmpty())
        source.append(Tr::tr("reference %1").arg(reference.trimmed()));
    const QString origin = source.join(u", "_s);
    QList<storage::WarehouseLine> lines;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"lines[%1]"_s.arg(i);
        if (!array[i].isObject()) {
            return Error{u"invalid_type"_s, Tr::tr("Each line must be an object."),
                         QJsonObject{{u"field"_s, where}, {u"line"_s, i}}};
        }
        JsonBody lineBody(array[i].toObject());
        storage::WarehouseLine line = parseLine(lineBody);
        if (!lineBody.ok()) {
            Error e = lineBody.error();
            e.details.insert(u"field"_s, where + u'.' + e.details.value(u"field"_s).toString());
            e.details.insert(u"line"_s, i);
            return e;
        }
        if (line.kind == u"receipt"_s && !origin.isEmpty()) {
            line.reason =
                line.reason.trimmed().isEmpty() ? origin : line.reason.trimmed() + u"; "_s + origin;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace

QList<Route> WarehouseRoutes::routes()
{
    auto to = [this](void (WarehouseRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"movements"_s, Capability::ReadMovements, to(&WarehouseRoutes::listMovements)},
        {"POST", u"movements"_s, Capability::PostMovements, to(&WarehouseRoutes::postMovement)},
        {"GET", u"locations"_s, Capability::ReadMovements, to(&WarehouseRoutes::listLocations)},
        {"POST", u"locations"_s, Capability::PostMovements, to(&WarehouseRoutes::createLocation)},
        {"POST", u"movements/batch"_s, Capability::PostMovements, to(&WarehouseRoutes::postBatch)},
        {"POST", u"counts"_s, Capability::PostMovements, to(&WarehouseRoutes::postCount)},
        {"GET", u"stock/low"_s, Capability::ReadLowStock, to(&WarehouseRoutes::lowStock)},
        {"PUT", u"stock/{sku}/minimum"_s, Capability::PostMovements,
         to(&WarehouseRoutes::setMinimum)},
        {"GET", u"picklist"_s, Capability::ReadMovements, to(&WarehouseRoutes::pickList)},
    };
}

void WarehouseRoutes::listMovements(const CallPtr &call)
{
    if (!call->checkQuery({u"sku"_s, u"since"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 since = 0;
    qint64 after = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::time(call->request, u"since"_s, since, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error)) {
        return call->fail(error);
    }
    const QString sku = call->request.queryValue(u"sku"_s);
    if (!sku.isEmpty() && !Sku::isValid(sku))
        return call->fail(u"invalid_parameter"_s, Tr::tr("That is not a valid SKU."),
                          QJsonObject{{u"parameter"_s, u"sku"_s}});
    call->reply(200, m_reader.ledger().listMovements(sku, since, limit, after));
}

void WarehouseRoutes::postMovement(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    const storage::WarehouseLine line = parseLine(body);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(201, [actor, line](storage::ShopStore &store) -> Result<QJsonObject> {
        auto posted = storage::WarehouseStore(store).postLines(actor, {line}, false);
        if (!posted) {
            Error e = posted.error();
            e.details.remove(u"line"_s);
            return e;
        }
        const QJsonArray rows = posted.value().value(u"movements"_s).toArray();
        return QJsonObject{
            {u"movement"_s, rows.isEmpty() ? QJsonValue(QJsonValue::Null) : rows.first()},
            {u"movements"_s, rows},
            {u"stock"_s, posted.value().value(u"stock"_s).toArray().first()},
            {u"low_stock"_s, posted.value().value(u"low_stock"_s)}};
    });
}

void WarehouseRoutes::listLocations(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, storage::WarehouseStore(m_reader).listLocations());
}

void WarehouseRoutes::createLocation(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"name"_s, u"description"_s});
    const QString name = locationField(body, u"name"_s, true);
    const QString description = body.string(u"description"_s, false, JsonBody::textLength);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(201, [actor, name, description](storage::ShopStore &store) {
        return storage::WarehouseStore(store).createLocation(actor, name, description);
    });
}

void WarehouseRoutes::postBatch(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    const Result<QList<storage::WarehouseLine>> lines = parseBatch(object);
    if (!lines)
        return call->fail(lines.error());
    const storage::Actor actor = call->actor;
    call->write(201, [actor, lines = lines.value()](storage::ShopStore &store) {
        return storage::WarehouseStore(store).postLines(actor, lines);
    });
}

void WarehouseRoutes::postCount(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    // A count is an adjustment to the counted quantity at one location.
    JsonBody body(object);
    body.allowOnly({u"sku"_s, u"location"_s, u"counted"_s, u"reason"_s});
    if (!body.ok())
        return call->fail(body.error());
    if (!object.contains(u"counted"_s))
        return call->fail(u"missing_field"_s,
                          Tr::tr("The field \"%1\" is required.").arg(u"counted"_s),
                          QJsonObject{{u"field"_s, u"counted"_s}});
    object.insert(u"kind"_s, u"adjustment"_s);
    JsonBody count(object);
    const QList<storage::WarehouseLine> lines = {parseLine(count)};
    if (!count.ok())
        return call->fail(count.error());
    const storage::Actor actor = call->actor;
    call->write(201, [actor, lines](storage::ShopStore &store) {
        return storage::WarehouseStore(store).postLines(actor, lines);
    });
}

void WarehouseRoutes::lowStock(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, storage::WarehouseStore(m_reader).lowStock());
}

void WarehouseRoutes::pickList(const CallPtr &call)
{
    if (call->checkQuery({}))
        call->reply(200, storage::WarehouseStore(m_reader).pickList());
}

void WarehouseRoutes::setMinimum(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"location"_s, u"minimum"_s});
    QString location = locationField(body, u"location"_s, false);
    const qint64 minimum = body.integer(u"minimum"_s, true, 0, maxQuantity, u"invalid_quantity"_s);
    if (!body.ok())
        return call->fail(body.error());
    if (location.isEmpty())
        location = u"main"_s;
    const storage::Actor actor = call->actor;
    call->write(200,
                [actor, sku = call->params.value(0), location, minimum](storage::ShopStore &store) {
                    return storage::WarehouseStore(store).setMinimum(actor, sku, location, minimum);
                });
}

} // namespace shopdesk::server
