#pragma once

#include "client/jsoncalls.h"
#include "client/returns/orderrefunds.h"
#include "client/returns/refunddraft.h"
#include "domain/money.h"
#include "domain/result.h"
#include "domain/returns/payment.h"
#include "domain/returns/refund.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// The payments' and refunds' calls to the server (docs/api.md, "Returns & payments"). Each
// action carries its own Idempotency-Key, reused only when the same request is sent again
// after getting no answer. Answers come as domain types; a refusal comes as the server's
// Error (code, message, details) for the screen to word.
class PaymentsService : public QObject
{
    Q_OBJECT
public:
    using PaymentDone = std::function<void(const Result<returns::Payment> &)>;
    using PaymentsDone = std::function<void(const Result<QList<returns::Payment>> &)>;
    using RefundDone = std::function<void(const Result<returns::Refund> &)>;
    using RefundsDone = std::function<void(const Result<QList<returns::Refund>> &)>;
    using OrderRefundsDone = std::function<void(const Result<OrderRefunds> &)>;

    explicit PaymentsService(ApiClient *api, QObject *parent = nullptr);

    void payments(qint64 orderId, PaymentsDone done);
    // The order's refunds and the approval limit they are requested under.
    void refunds(qint64 orderId, OrderRefundsDone done);
    // The approval queue: refunds awaiting a manager, oldest first (all pages).
    void pendingRefunds(RefundsDone done);

    void recordPayment(qint64 orderId, const QString &method, const Money &amount,
                       const QString &reference, PaymentDone done);
    void requestRefund(qint64 orderId, const RefundDraft &draft, RefundDone done);
    void approve(qint64 refundId, const QString &reference, RefundDone done);
    void reject(qint64 refundId, RefundDone done);

    static QJsonObject bodyOf(const RefundDraft &draft);

private:
    JsonCalls m_calls;
};

} // namespace shopdesk::client
