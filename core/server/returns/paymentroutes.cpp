#include "server/returns/paymentroutes.h"

#include "domain/returns/payment.h"
#include "domain/returns/paymentsignature.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/returns/moneyfield.h"
#include "server/returns/paymentmailer.h"
#include "storage/returns/paymentstore.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// The payment the store recorded, with its mail queued in the same transaction.
Result<QJsonObject> mailed(storage::ShopStore &store, PaymentMailer *mailer,
                           const Result<storage::PaymentStore::Recorded> &recorded, bool mail)
{
    if (!recorded)
        return recorded.error();
    if (mail && mailer) {
        if (auto queued = mailer->queuePaymentReceived(store, recorded->order, recorded->payment);
            !queued) {
            return queued.error();
        }
    }
    return recorded->payment;
}

} // namespace

QList<Route> PaymentRoutes::routes()
{
    auto to = [this](void (PaymentRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    return {
        {"GET", u"orders/{id}/payments"_s, Capability::ReadPayments,
         to(&PaymentRoutes::listPayments)},
        {"POST", u"orders/{id}/payments"_s, Capability::RecordPayments,
         to(&PaymentRoutes::recordPayment)},
        Route::open("POST", u"payments/notify/{word}"_s, to(&PaymentRoutes::notify)),
    };
}

void PaymentRoutes::listPayments(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    call->reply(200, storage::PaymentStore(m_reader).list(call->idParam(0)));
}

void PaymentRoutes::recordPayment(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"method"_s, u"amount"_s, u"reference"_s});
    storage::PaymentStore::Input input;
    input.method =
        body.oneOf(u"method"_s, true, returns::Payment::methods(), u"unknown_payment_method"_s);
    input.amountMinor = MoneyField::read(body, u"amount"_s, true, m_reader.currency(), 1);
    input.currency = m_reader.currency();
    input.reference = body.string(u"reference"_s, false, JsonBody::nameLength);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor = call->actor;
    call->write(
        201, [actor, id = call->idParam(0), input, mailer = m_mailer](storage::ShopStore &store) {
            const auto recorded = storage::PaymentStore(store).record(actor, id, input);
            return mailed(store, mailer, recorded, recorded && recorded->madePaid);
        });
}

void PaymentRoutes::notify(const CallPtr &call)
{
    const QString provider = call->params.value(0);
    const auto secret = m_providers.constFind(provider);
    if (secret == m_providers.cend()) {
        return call->fail(u"unknown_provider"_s,
                          Tr::tr("No payment provider %1 is configured.").arg(provider.left(40)),
                          QJsonObject{{u"provider"_s, provider.left(40)}});
    }
    // The raw bytes are signed: checked before anything reads them.
    if (auto signedBy = returns::PaymentSignature::verify(
            *secret, call->request.header("shopdesk-signature"), call->request.body,
            QDateTime::currentSecsSinceEpoch());
        !signedBy) {
        return call->fail(signedBy.error());
    }
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"event_id"_s, u"type"_s, u"order_id"_s, u"amount"_s, u"reference"_s});
    storage::PaymentStore::Input input;
    input.provider = provider;
    input.eventId = body.string(u"event_id"_s, true, JsonBody::nameLength, false);
    body.oneOf(u"type"_s, true, {u"payment"_s}, u"unknown_event_type"_s);
    const qint64 orderId = body.integer(u"order_id"_s, true, 1, std::numeric_limits<qint64>::max(),
                                        u"unknown_order"_s);
    input.amountMinor = MoneyField::read(body, u"amount"_s, true, m_reader.currency(), 1);
    input.currency = m_reader.currency();
    input.reference = body.string(u"reference"_s, false, JsonBody::nameLength);
    if (!body.ok())
        return call->fail(body.error());
    const storage::Actor actor{0, u"provider:"_s + provider, u"provider"_s};
    WriteJob job;
    job.run = [actor, orderId, input, mailer = m_mailer](storage::ShopStore &store) {
        const auto recorded = storage::PaymentStore(store).notify(actor, orderId, input);
        const bool replay = recorded && recorded->replay;
        const auto payment = mailed(store, mailer, recorded, !replay);
        if (!payment)
            return Call::errorResponse(payment.error());
        // A replay answers the payment the first delivery made, and changed nothing.
        return HttpResponse::json(replay ? 200 : 201, payment.value());
    };
    call->submit(std::move(job),
                 QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace shopdesk::server
