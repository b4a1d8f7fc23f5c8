#include "client/ordersservice.h"

#include "client/apiclient.h"
#include "client/apireply.h"
#include "client/logging.h"
#include "domain/tr.h"

#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

OrdersService::OrdersService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void OrdersService::cancel(qint64 orderId)
{
    run(Action::Cancel, orderId, u"/api/v1/orders/%1/cancel"_s.arg(orderId), {});
}

void OrdersService::markPaid(qint64 orderId, const QString &reference)
{
    if (reference.trimmed().isEmpty() || reference.size() > 200) {
        emit failed(Action::MarkPaid, orderId,
                    Tr::tr("Enter the payment reference (up to 200 characters)."));
        return;
    }
    run(Action::MarkPaid, orderId, u"/api/v1/orders/%1/payment"_s.arg(orderId),
        QJsonObject{{u"reference"_s, reference.trimmed()}});
}

void OrdersService::emailPaymentLink(qint64 orderId)
{
    run(Action::EmailPaymentLink, orderId, u"/api/v1/orders/%1/payment-link/email"_s.arg(orderId),
        {});
}

void OrdersService::verifyPaymentLink(qint64 orderId, const QString &url, const QString &reference)
{
    if (url.trimmed().isEmpty()) {
        emit failed(Action::VerifyPaymentLink, orderId,
                    Tr::tr("Paste the payment link that the provider reports as paid."));
        return;
    }
    if (reference.trimmed().isEmpty() || reference.size() > 200) {
        emit failed(Action::VerifyPaymentLink, orderId,
                    Tr::tr("Enter the payment reference (up to 200 characters)."));
        return;
    }
    run(Action::VerifyPaymentLink, orderId, u"/api/v1/payment-links/verify"_s,
        QJsonObject{{u"url"_s, url.trimmed()}, {u"reference"_s, reference.trimmed()}});
}

void OrdersService::run(Action action, qint64 orderId, const QString &path, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys.keyFor("POST", path, bytes);
    if (m_running++ == 0)
        emit busyChanged(true);
    QPointer<OrdersService> self(this);
    m_api->send(
        "POST", path, bytes, key, [self, action, orderId, path, bytes](const ApiReply &reply) {
            if (!self)
                return;
            if (--self->m_running == 0)
                emit self->busyChanged(false);
            self->m_keys.answered("POST", path, bytes, reply);
            if (reply.isNetworkFailure()) {
                emit self->failed(action, orderId,
                                  Tr::tr("The server cannot be reached; nothing was changed. Try "
                                         "again when the connection is back."));
                return;
            }
            if (!reply.isSuccess()) {
                const Error refusal = reply.error();
                qCInfo(lcSync) << "order" << orderId << action << "refused:" << reply.status
                               << refusal.code;
                emit self->failed(action, orderId, refusal.message);
                return;
            }
            const QJsonObject json = reply.json();
            // A verified link pays the order it was made for, which the answer names.
            const qint64 answered = json.value(u"id"_s).toInteger(orderId);
            std::optional<Order> order;
            if (json.contains(u"status"_s)) {
                if (auto parsed = Order::fromJson(json))
                    order = std::move(parsed).value();
                else
                    qCWarning(lcSync)
                        << "order" << answered << "answer unreadable:" << parsed.error().message;
            }
            emit self->finished(action, answered, order);
        });
}

} // namespace shopdesk::client
