#include "server/orderroutes.h"

#include "server/serversettings.h"

#include "reports/reportstore.h"

#include "domain/ids.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/logging.h"
#include "server/ordermailer.h"
#include "server/queryparameters.h"
#include "server/returns/paymentmailer.h"
#include "storage/returns/paymentledger.h"
#include "storage/returns/returnreceipt.h"
#include "storage/warehousestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

const QStringList channels = {u"chat"_s, u"email"_s, u"phone"_s, u"web"_s};
const QStringList paymentMethods = {u"card"_s, u"paypal"_s, u"skrill"_s, u"bank_transfer"_s,
                                    u"cash_on_delivery"_s};
constexpr qint64 maxQuantity = 1000000;

// The order of a POST /orders body, or the error that refuses it.
Result<storage::OrderInput> parseOrder(const QJsonObject &object)
{
    JsonBody body(object);
    body.allowOnly({u"customer_id"_s, u"channel"_s, u"lines"_s, u"payment_method"_s, u"notes"_s});
    storage::OrderInput input;
    input.customerId =
        body.integer(u"customer_id"_s, true, 1, std::numeric_limits<qint32>::max() * 1024LL,
                     u"unknown_customer"_s);
    input.channel = body.oneOf(u"channel"_s, true, channels, u"unknown_channel"_s);
    input.paymentMethod =
        body.oneOf(u"payment_method"_s, true, paymentMethods, u"unknown_payment_method"_s);
    input.notes = body.string(u"notes"_s, false, JsonBody::textLength);
    const QJsonArray lines = body.array(u"lines"_s, true);
    if (body.ok() && lines.isEmpty())
        body.setError(422, u"no_lines"_s, Tr::tr("An order needs at least one line."), u"lines"_s);
    if (body.ok() && lines.size() > 500)
        body.setError(422, u"too_many_lines"_s, Tr::tr("An order has at most 500 lines."),
                      u"lines"_s);
    for (qsizetype i = 0; body.ok() && i < lines.size(); ++i) {
        const QString where = u"lines[%1]"_s.arg(i);
        if (!lines[i].isObject()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("Each line must be an object."), where);
            break;
        }
        JsonBody line(lines[i].toObject());
        line.allowOnly({u"sku"_s, u"quantity"_s});
        storage::OrderInput::Line parsed;
        parsed.sku = line.string(u"sku"_s, true, 64);
        if (line.ok() && !Sku::isValid(parsed.sku))
            line.setError(422, u"invalid_sku"_s, Tr::tr("That is not a valid SKU."), u"sku"_s);
        parsed.quantity = line.integer(u"quantity"_s, true, 1, maxQuantity, u"invalid_quantity"_s);
        if (!line.ok()) {
            Error e = line.error();
            e.details.insert(u"field"_s, where + u'.' + e.details.value(u"field"_s).toString());
            e.details.insert(u"line"_s, i);
            return e;
        }
        input.lines.append(parsed);
    }
    if (!body.ok())
        return body.error();
    return input;
}

// An order refused for stock is demand the shop lost: the trends report it.
bool recordLostDemand(storage::ShopStore &store, const HttpResponse &refusal,
                      const storage::Actor &actor, const storage::OrderInput &input)
{
    const QJsonObject error =
        QJsonDocument::fromJson(refusal.body).object().value(u"error"_s).toObject();
    if (error.value(u"code"_s).toString() != u"insufficient_stock"_s)
        return true;
    const QJsonObject details = error.value(u"details"_s).toObject();
    reports::ReportStore::LostDemand lost;
    lost.sku = details.value(u"sku"_s).toString();
    lost.requested = details.value(u"requested"_s).toInteger();
    lost.available = details.value(u"available"_s).toInteger();
    lost.channel = input.channel;
    lost.customerId = input.customerId;
    lost.userName = actor.username;
    lost.at = QDateTime::currentMSecsSinceEpoch();
    const auto recorded = reports::ReportStore(store.database()).recordLostDemand(lost);
    if (!recorded)
        qCWarning(lcServer).noquote() << "cannot record lost demand:" << recorded.error().message;
    return recorded.ok();
}

// Marks the order paid; the payment that covered what was outstanding gets its "payment
// received" mail in the same transaction, as payments recorded on the payments routes do.
Result<QJsonObject> payAndMail(storage::ShopStore &store, PaymentMailer *mailer,
                               const storage::Actor &actor, qint64 id, const QString &reference)
{
    qint64 paymentId = 0;
    auto paid = store.orders().pay(actor, id, reference, &paymentId);
    if (!paid || paymentId == 0 || !mailer)
        return paid;
    auto payment =
        storage::PaymentLedger(store.database(), store.clock(), store.changes()).payment(paymentId);
    if (!payment)
        return payment;
    if (auto queued = mailer->queuePaymentReceived(store, paid.value(), payment.value()); !queued)
        return queued.error();
    return paid;
}

} // namespace

QList<Route> OrderRoutes::routes()
{
    auto to = [this](void (OrderRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"orders"_s, Capability::ReadOrders, to(&OrderRoutes::listOrders)},
        {"POST", u"orders"_s, Capability::PlaceOrders, to(&OrderRoutes::createOrder)},
        {"GET", u"orders/{id}"_s, Capability::ReadOrders, to(&OrderRoutes::getOrder)},
        {"POST", u"orders/{id}/cancel"_s, Capability::CancelOrders, to(&OrderRoutes::cancel)},
        {"POST", u"orders/{id}/payment"_s, Capability::RecordPayments, to(&OrderRoutes::pay)},
        {"POST", u"orders/{id}/shipment"_s, Capability::ShipOrders, to(&OrderRoutes::ship)},
        {"POST", u"orders/{id}/delivery"_s, Capability::ShipOrders, to(&OrderRoutes::deliver)},
        {"POST", u"orders/{id}/return"_s, Capability::ShipOrders, to(&OrderRoutes::takeBack)},
        {"POST", u"orders/{id}/payment-link/email"_s, Capability::SendPaymentLinks,
         to(&OrderRoutes::emailPaymentLink)},
        {"POST", u"payment-links/verify"_s, Capability::VerifyPaymentLinks,
         to(&OrderRoutes::verifyPaymentLink)},
    };
}

void OrderRoutes::createOrder(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    const Result<storage::OrderInput> parsed = parseOrder(object);
    if (!parsed)
        return call->fail(parsed.error());
    const storage::OrderInput input = parsed.value();
    const storage::Actor actor = call->actor;
    const qint64 reservation =
        qint64(m_settings ? m_settings->reservationSeconds() : m_reservationSeconds) * 1000;
    call->write(
        201,
        [actor, input, reservation, mailer = m_mailer](storage::ShopStore &store) {
            auto created = store.orders().create(actor, input, reservation);
            // The confirmation is queued in the order's transaction: both or neither.
            if (created && mailer) {
                if (auto queued = mailer->queueConfirmation(store, created.value()); !queued)
                    return Result<QJsonObject>(queued.error());
            }
            return created;
        },
        [actor, input](storage::ShopStore &store, const HttpResponse &refusal) {
            return recordLostDemand(store, refusal, actor, input);
        });
}

void OrderRoutes::getOrder(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    const qint64 id = call->idParam(0);
    if (call->actor.role == u"shop"_s) {
        auto creator = m_reader.orders().creator(id);
        if (!creator)
            return call->fail(creator.error());
        if (creator.value() != call->actor.userId)
            return call->fail(u"forbidden"_s, Tr::tr("A shop sees only the orders it placed."));
    }
    call->reply(200, m_reader.orders().order(id));
}

void OrderRoutes::listOrders(const CallPtr &call)
{
    if (!call->checkQuery({u"status"_s, u"since"_s, u"limit"_s, u"after"_s}))
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
    const QString status = call->request.queryValue(u"status"_s);
    const QStringList statuses = {u"reserved"_s,  u"paid"_s,    u"shipped"_s, u"delivered"_s,
                                  u"cancelled"_s, u"expired"_s, u"returned"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return call->fail(u"invalid_parameter"_s,
                          Tr::tr("status must be one of: %1.").arg(statuses.join(u", "_s)),
                          QJsonObject{{u"parameter"_s, u"status"_s}});
    // A shop sees only the orders it placed.
    const qint64 onlyMine = call->actor.role == u"shop"_s ? call->actor.userId : 0;
    call->reply(200, m_reader.orders().list(status, since, limit, after, onlyMine));
}

void OrderRoutes::cancel(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0)](storage::ShopStore &store) {
        return store.orders().cancel(actor, id);
    });
}

void OrderRoutes::deliver(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0)](storage::ShopStore &store) {
        return store.orders().deliver(actor, id);
    });
}

void OrderRoutes::pay(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"reference"_s});
    const QString reference = body.string(u"reference"_s, true, JsonBody::nameLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), reference,
                      mailer = m_paymentMailer](storage::ShopStore &store) {
        return payAndMail(store, mailer, actor, id, reference);
    });
}

void OrderRoutes::ship(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"carrier"_s, u"tracking"_s});
    const QString carrier = body.string(u"carrier"_s, true, JsonBody::nameLength, false);
    const QString tracking = body.string(u"tracking"_s, true, JsonBody::nameLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), carrier, tracking,
                      mailer = m_mailer](storage::ShopStore &store) {
        auto shipped = storage::WarehouseStore(store).shipOrder(actor, id, carrier, tracking);
        // The shipping notice is queued in the shipment's transaction: both or neither.
        if (shipped && mailer) {
            if (auto queued = mailer->queueShipped(store, id); !queued)
                return Result<QJsonObject>(queued.error());
        }
        return shipped;
    });
}

void OrderRoutes::takeBack(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"reason"_s, u"location"_s});
    const QString reason = body.string(u"reason"_s, true, JsonBody::textLength, false);
    QString location = body.string(u"location"_s, false, JsonBody::nameLength, false);
    if (!body.ok())
        return call->fail(body.error());
    if (location.isEmpty())
        location = u"main"_s;
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), reason, location](storage::ShopStore &store) {
        return storage::ReturnReceipt(store).takeBackOrder(actor, id, reason, location);
    });
}

void OrderRoutes::emailPaymentLink(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    if (!m_mailer) {
        return call->fail(u"mail_not_configured"_s, Tr::tr("This server does not send mail."));
    }
    OrderMailer *mailer = m_mailer;
    // 202: the mail is queued with this commit and delivered by the outbox.
    call->write(202, [mailer, id = call->idParam(0)](storage::ShopStore &store) {
        return mailer->queuePaymentLink(store, id);
    });
}

void OrderRoutes::verifyPaymentLink(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"url"_s, u"reference"_s});
    const QString text = body.string(u"url"_s, true, 4000, false);
    const QString reference = body.string(u"reference"_s, true, JsonBody::nameLength, false);
    if (!body.ok())
        return call->fail(body.error());
    const auto invalid = [](const Error &why) {
        return Error{u"invalid_payment_link"_s,
                     Tr::tr("The payment link is not valid: %1").arg(why.message),
                     QJsonObject{{u"reason"_s, why.code}}};
    };
    auto link = m_links.payments().verify(QUrl(text, QUrl::StrictMode));
    if (!link) {
        if (link.error().code == u"payment_link_not_configured"_s)
            return call->fail(link.error());
        return call->fail(invalid(link.error()));
    }
    const storage::Actor actor = call->actor;
    const PaymentLink verified = link.value();
    call->write(
        200,
        [actor, verified, reference, invalid,
         mailer = m_paymentMailer](storage::ShopStore &store) -> Result<QJsonObject> {
            const qint64 id = verified.orderId.value();
            auto order = store.orders().order(id);
            if (!order) {
                if (order.error().code == u"not_found"_s)
                    return invalid(Error{u"payment_link_unknown_order"_s,
                                         Tr::tr("there is no order %1.").arg(id),
                                         {}});
                return order.error();
            }
            // Signed by us, but is it still this order's bill?
            const QJsonObject total = order->value(u"total"_s).toObject();
            if (order->value(u"payment_method"_s).toString() !=
                    paymentMethodName(verified.method) ||
                total.value(u"amount_minor"_s).toInteger() != verified.amount.amountMinor() ||
                total.value(u"currency"_s).toString() != verified.amount.currency().code()) {
                return invalid(Error{u"payment_link_mismatch"_s,
                                     Tr::tr("it does not match order %1's payment method, "
                                            "total or currency.")
                                         .arg(id),
                                     {}});
            }
            return payAndMail(store, mailer, actor, id, reference);
        });
}

} // namespace shopdesk::server
