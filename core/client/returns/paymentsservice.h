#pragma once

#include "client/retrykeys.h"
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

    explicit PaymentsService(ApiClient *api, QObject *parent = nullptr);

    void payments(qint64 orderId, PaymentsDone done);
    void refunds(qint64 orderId, RefundsDone done);
    // The approval queue: refunds awaiting a manager, oldest first (all pages).
    void pendingRefunds(RefundsDone done);

    void recordPayment(qint64 orderId, const QString &method, const Money &amount,
                       const QString &reference, PaymentDone done);
    void requestRefund(qint64 orderId, const RefundDraft &draft, RefundDone done);
    void approve(qint64 refundId, const QString &reference, RefundDone done);
    void reject(qint64 refundId, RefundDone done);

    static QJsonObject bodyOf(const RefundDraft &draft);

private:
    using Answer = std::function<void(const Result<QJsonObject> &)>;

    void fetch(const QString &path, const QUrlQuery &query, Answer done);
    void post(const QString &path, const QJsonObject &body, Answer done);
    void collect(const QString &after, QList<returns::Refund> found, RefundsDone done);

    QPointer<ApiClient> m_api;
    RetryKeys m_keys;
};

} // namespace shopdesk::client
