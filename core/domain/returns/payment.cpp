#include "domain/returns/payment.h"

#include "domain/jsonfields.h"
#include "domain/paymentmethod.h"

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

QString Payment::storeCreditMethod()
{
    return u"store_credit"_s;
}

QStringList Payment::methods()
{
    QStringList names;
    const auto all = allPaymentMethods();
    for (PaymentMethod method : all)
        names.append(paymentMethodName(method));
    names.append(storeCreditMethod());
    return names;
}

Result<Payment> Payment::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    Payment payment;
    payment.id = fields.integer(u"id"_s, JsonFields::Required);
    payment.orderId = fields.integer(u"order_id"_s, JsonFields::Required);
    payment.method = fields.text(u"method"_s, JsonFields::Required);
    if (fields.ok() && !methods().contains(payment.method))
        fields.markInvalid(u"method"_s);
    payment.amount = fields.money(u"amount"_s, JsonFields::Required);
    payment.provider = fields.text(u"provider"_s);
    payment.reference = fields.text(u"reference"_s);
    payment.eventId = fields.text(u"event_id"_s);
    payment.receivedAt = fields.time(u"received_at"_s);
    payment.recordedBy = fields.text(u"recorded_by"_s);
    if (!fields.ok())
        return fields.error();
    return payment;
}

QJsonObject Payment::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"order_id"_s, orderId},
        {u"method"_s, method},
        {u"amount"_s, amount ? amount->toJson() : QJsonValue()},
        {u"provider"_s, provider},
        {u"reference"_s, reference},
        {u"event_id"_s, eventId.isEmpty() ? QJsonValue() : QJsonValue(eventId)},
        {u"received_at"_s, isoTimeOrNull(receivedAt)},
        {u"recorded_by"_s, recordedBy},
    };
}

} // namespace shopdesk::returns
