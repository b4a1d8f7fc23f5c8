#include "server/returns/refundroutes.h"

#include "domain/ids.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "server/returns/moneyfield.h"
#include "server/returns/paymentmailer.h"
#include "storage/returns/refundstore.h"
#include "storage/storevalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxQuantity = 1000000;

// The refund's lines, each {sku, quantity}, into input; false after setting body's error.
bool readLines(JsonBody &body, storage::RefundStore::Input &input)
{
    const QJsonArray lines = body.array(u"lines"_s, false);
    if (body.ok() && lines.size() > 500)
        body.setError(422, u"too_many_lines"_s, Tr::tr("A refund has at most 500 lines."),
                      u"lines"_s);
    for (qsizetype i = 0; body.ok() && i < lines.size(); ++i) {
        const QString where = u"lines[%1]"_s.arg(i);
        if (!lines[i].isObject()) {
            body.setError(400, u"invalid_type"_s, Tr::tr("Each line must be an object."), where);
            break;
        }
        JsonBody line(lines[i].toObject());
        line.allowOnly({u"sku"_s, u"quantity"_s});
        const QString sku = line.string(u"sku"_s, true, 64);
        if (line.ok() && !Sku::isValid(sku))
            line.setError(422, u"invalid_sku"_s, Tr::tr("That is not a valid SKU."), u"sku"_s);
        const qint64 quantity =
            line.integer(u"quantity"_s, true, 1, maxQuantity, u"invalid_quantity"_s);
        if (!line.ok()) {
            const Error &e = line.error();
            body.setError(422, e.code, e.message,
                          where + u'.' + e.details.value(u"field"_s).toString());
            break;
        }
        input.lines.append({sku, quantity});
    }
    return body.ok();
}

// A refund's outcome, with the "refund issued" mail queued when it was issued.
Result<QJsonObject> mailed(storage::ShopStore &store, PaymentMailer *mailer,
                           const Result<storage::RefundStore::Outcome> &outcome)
{
    if (!outcome)
        return outcome.error();
    if (outcome->issued && mailer) {
        if (auto queued = mailer->queueRefundIssued(store, outcome->refund); !queued)
            return queued.error();
    }
    return outcome->refund;
}

} // namespace

QList<Route> RefundRoutes::routes()
{
    auto to = [this](void (RefundRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"orders/{id}/refunds"_s, Capability::ReadPayments,
         to(&RefundRoutes::listForOrder)},
        {"POST", u"orders/{id}/refunds"_s, Capability::RequestRefunds,
         to(&RefundRoutes::requestRefund)},
        {"GET", u"refunds"_s, Capability::ReadPayments, to(&RefundRoutes::listRefunds)},
        {"GET", u"refunds/{id}"_s, Capability::ReadPayments, to(&RefundRoutes::getRefund)},
        {"POST", u"refunds/{id}/approve"_s, Capability::ApproveRefunds, to(&RefundRoutes::approve)},
        {"POST", u"refunds/{id}/reject"_s, Capability::ApproveRefunds, to(&RefundRoutes::reject)},
    };
}

void RefundRoutes::listForOrder(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    auto refunds = storage::RefundStore(m_reader).forOrder(call->idParam(0));
    // The refund dialog says, as the amount is typed, whether a manager must approve.
    if (refunds) {
        refunds.value().insert(u"approval_limit"_s,
                               storage::StoreValues::money(m_approvalLimit, m_reader.currency()));
    }
    call->reply(200, refunds);
}

void RefundRoutes::getRefund(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    call->reply(200, storage::RefundStore(m_reader).refund(call->idParam(0)));
}

void RefundRoutes::listRefunds(const CallPtr &call)
{
    if (!call->checkQuery({u"status"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error)) {
        return call->fail(error);
    }
    const QString status = call->request.queryValue(u"status"_s);
    const QStringList statuses = {u"pending_approval"_s, u"issued"_s, u"rejected"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return call->fail(u"invalid_parameter"_s,
                          Tr::tr("status must be one of: %1.").arg(statuses.join(u", "_s)),
                          QJsonObject{{u"parameter"_s, u"status"_s}});
    call->reply(200, storage::RefundStore(m_reader).list(status, limit, after));
}

void RefundRoutes::requestRefund(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"lines"_s, u"shipping"_s, u"goodwill"_s, u"destination"_s, u"payment_id"_s,
                    u"reason"_s, u"reference"_s, u"double_charge"_s});
    storage::RefundStore::Input input;
    input.currency = m_reader.currency();
    readLines(body, input);
    input.shippingMinor = MoneyField::read(body, u"shipping"_s, false, input.currency, 0);
    input.goodwillMinor = MoneyField::read(body, u"goodwill"_s, false, input.currency, 0);
    input.destination = body.oneOf(u"destination"_s, true, {u"original"_s, u"store_credit"_s},
                                   u"unknown_destination"_s);
    input.paymentId = body.integer(u"payment_id"_s, false, 1, std::numeric_limits<qint64>::max(),
                                   u"payment_not_on_order"_s);
    input.reason = body.string(u"reason"_s, true, JsonBody::textLength, false);
    input.reference = body.string(u"reference"_s, false, JsonBody::nameLength);
    const QJsonValue doubleCharge = object.value(u"double_charge"_s);
    if (body.ok() && !doubleCharge.isUndefined() && !doubleCharge.isBool())
        body.setError(400, u"invalid_type"_s,
                      Tr::tr("The field \"double_charge\" must be true or false."),
                      u"double_charge"_s);
    input.doubleCharge = doubleCharge.toBool();
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(201, [actor, id = call->idParam(0), input, limit = m_approvalLimit,
                      mailer = m_mailer](storage::ShopStore &store) {
        return mailed(store, mailer, storage::RefundStore(store).request(actor, id, input, limit));
    });
}

void RefundRoutes::approve(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object, true))
        return;
    JsonBody body(object);
    body.allowOnly({u"reference"_s});
    const QString reference = body.string(u"reference"_s, false, JsonBody::nameLength);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0), reference,
                      mailer = m_mailer](storage::ShopStore &store) {
        return mailed(store, mailer, storage::RefundStore(store).approve(actor, id, reference));
    });
}

void RefundRoutes::reject(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    call->write(200, [actor, id = call->idParam(0)](storage::ShopStore &store) {
        return mailed(store, nullptr, storage::RefundStore(store).reject(actor, id));
    });
}

} // namespace shopdesk::server
