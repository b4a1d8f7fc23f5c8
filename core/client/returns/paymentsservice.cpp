#include "client/returns/paymentsservice.h"

#include "client/jsoncalls.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString api = u"/api/v1"_s;
constexpr int pageSize = 200;

QString orderPath(qint64 orderId, const QString &what)
{
    return api + u"/orders/"_s + QString::number(orderId) + u'/' + what;
}

QJsonObject moneyJson(qint64 minor, const QString &currency)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, currency}};
}

template<typename T>
std::function<void(const Result<QJsonObject> &)>
listOf(std::function<void(const Result<QList<T>> &)> done)
{
    return [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(JsonCalls::itemsOf<T>(answer.value()));
    };
}

} // namespace

PaymentsService::PaymentsService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_calls(api)
{}

void PaymentsService::payments(qint64 orderId, PaymentsDone done)
{
    m_calls.get(orderPath(orderId, u"payments"_s), {}, listOf<returns::Payment>(std::move(done)));
}

void PaymentsService::refunds(qint64 orderId, OrderRefundsDone done)
{
    m_calls.get(orderPath(orderId, u"refunds"_s), {}, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        auto items = JsonCalls::itemsOf<returns::Refund>(answer.value());
        if (!items)
            return done(items.error());
        OrderRefunds found{items.value(), std::nullopt};
        if (auto limit = Money::fromJson(answer->value(u"approval_limit"_s)))
            found.approvalLimit = limit.value();
        done(found);
    });
}

void PaymentsService::pendingRefunds(RefundsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"status"_s, u"pending_approval"_s);
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    m_calls.collectAll<returns::Refund>(api + u"/refunds"_s, query, std::move(done));
}

void PaymentsService::recordPayment(qint64 orderId, const QString &method, const Money &amount,
                                    const QString &reference, PaymentDone done)
{
    QJsonObject body{{u"method"_s, method}, {u"amount"_s, amount.toJson()}};
    if (!reference.trimmed().isEmpty())
        body.insert(u"reference"_s, reference.trimmed());
    m_calls.post(orderPath(orderId, u"payments"_s), body,
                 JsonCalls::as<returns::Payment>(std::move(done)));
}

QJsonObject PaymentsService::bodyOf(const RefundDraft &draft)
{
    QJsonObject body{{u"destination"_s, returns::refundDestinationName(draft.destination)},
                     {u"reason"_s, draft.reason.trimmed()}};
    QJsonArray lines;
    for (const auto &[sku, units] : draft.lines) {
        if (units > 0)
            lines.append(QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, units}});
    }
    if (!lines.isEmpty())
        body.insert(u"lines"_s, lines);
    if (draft.shippingMinor != 0)
        body.insert(u"shipping"_s, moneyJson(draft.shippingMinor, draft.currency));
    if (draft.goodwillMinor != 0)
        body.insert(u"goodwill"_s, moneyJson(draft.goodwillMinor, draft.currency));
    if (draft.paymentId > 0)
        body.insert(u"payment_id"_s, draft.paymentId);
    if (!draft.reference.trimmed().isEmpty())
        body.insert(u"reference"_s, draft.reference.trimmed());
    if (draft.doubleCharge)
        body.insert(u"double_charge"_s, true);
    return body;
}

void PaymentsService::requestRefund(qint64 orderId, const RefundDraft &draft, RefundDone done)
{
    m_calls.post(orderPath(orderId, u"refunds"_s), bodyOf(draft),
                 JsonCalls::as<returns::Refund>(std::move(done)));
}

void PaymentsService::approve(qint64 refundId, const QString &reference, RefundDone done)
{
    QJsonObject body;
    if (!reference.trimmed().isEmpty())
        body.insert(u"reference"_s, reference.trimmed());
    m_calls.post(api + u"/refunds/"_s + QString::number(refundId) + u"/approve"_s, body,
                 JsonCalls::as<returns::Refund>(std::move(done)));
}

void PaymentsService::reject(qint64 refundId, RefundDone done)
{
    m_calls.post(api + u"/refunds/"_s + QString::number(refundId) + u"/reject"_s, {},
                 JsonCalls::as<returns::Refund>(std::move(done)));
}

} // namespace shopdesk::client
