#pragma once

#include "client/retrykeys.h"
#include "domain/order.h"

#include <QJsonObject>
#include <QObject>

namespace shopdesk::client {

class ApiClient;

// What an agent does to an order the server already holds: cancel it, record its payment,
// e-mail its payment link; and what a manager does with a link the provider reports as paid. Each
// call goes straight to the server (these need its answer, so they are not queued); the
// Idempotency-Key made when the agent acted is kept until the server answers, so pressing again
// after a timeout cannot cancel or pay twice.
class OrdersService : public QObject
{
    Q_OBJECT
public:
    enum class Action { Cancel, MarkPaid, EmailPaymentLink, VerifyPaymentLink };
    Q_ENUM(Action)

    explicit OrdersService(ApiClient *api, QObject *parent = nullptr);

    void cancel(qint64 orderId);
    void markPaid(qint64 orderId, const QString &reference);
    void emailPaymentLink(qint64 orderId);
    // The server checks the link's signature, expiry and order, then marks that order paid.
    void verifyPaymentLink(qint64 orderId, const QString &url, const QString &reference);
    bool isBusy() const { return m_running > 0; }

signals:
    // order: the server's Order when the route answers with one.
    void finished(shopdesk::client::OrdersService::Action action, qint64 orderId,
                  const std::optional<shopdesk::Order> &order);
    void failed(shopdesk::client::OrdersService::Action action, qint64 orderId,
                const QString &reason);
    void busyChanged(bool busy);

private:
    void run(Action action, qint64 orderId, const QString &path, const QJsonObject &body);

    ApiClient *m_api;
    int m_running = 0;
    RetryKeys m_keys;
};

} // namespace shopdesk::client
