// The order routes of the payment link: sending it to the customer and verifying one.
#include "server/apiserver.h"

#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/ordermailer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

void ApiServer::checkLanguage(JsonBody &body)
{
    if (!body.ok() || !body.has(u"language"_s))
        return;
    const QString language = body.string(u"language"_s, false, 35, true);
    if (!body.ok())
        return;
    // A BCP 47 tag as people write them: a primary language, then subtags ("pt-BR").
    static const QRegularExpression tag(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    if (!tag.match(language).hasMatch()) {
        body.setError(422, u"invalid_language"_s,
                      Tr::tr("\"%1\" is not a language code: use a code such as en, de, es, hi, "
                             "ar or pt-BR.")
                          .arg(language.left(40)),
                      u"language"_s);
    }
}

void ApiServer::emailPaymentLink(const std::shared_ptr<Call> &call, qint64 id)
{
    if (!allow(call, {u"agent"_s, u"manager"_s, u"admin"_s}))
        return;
    QJsonObject object;
    if (!readBody(call, object, true))
        return;
    JsonBody body(object);
    body.allowOnly({});
    if (!body.ok())
        return fail(call, body.error());
    if (!m_mailer) {
        return fail(call, u"mail_not_configured"_s, Tr::tr("This server does not send mail."));
    }
    OrderMailer *mailer = m_mailer;
    // 202: the mail is queued with this commit and delivered by the outbox.
    write(call, 202,
          [mailer, id](storage::ShopStore &store) { return mailer->queuePaymentLink(store, id); });
}

void ApiServer::verifyPaymentLink(const std::shared_ptr<Call> &call)
{
    if (!allow(call, {u"manager"_s, u"admin"_s}))
        return;
    QJsonObject object;
    if (!readBody(call, object))
        return;
    JsonBody body(object);
    body.allowOnly({u"url"_s, u"reference"_s});
    const QString text = body.string(u"url"_s, true, 4000, false);
    const QString reference = body.string(u"reference"_s, true, JsonBody::nameLength, false);
    if (!body.ok())
        return fail(call, body.error());
    const auto invalid = [](const Error &why) {
        return Error{u"invalid_payment_link"_s,
                     Tr::tr("The payment link is not valid: %1").arg(why.message),
                     QJsonObject{{u"reason"_s, why.code}}};
    };
    auto link = m_links.payments().verify(QUrl(text, QUrl::StrictMode));
    if (!link) {
        if (link.error().code == u"payment_link_not_configured"_s)
            return fail(call, link.error());
        return fail(call, invalid(link.error()));
    }
    const storage::Actor actor = call->actor;
    const PaymentLink verified = link.value();
    write(call, 200,
          [actor, verified, reference, invalid](storage::ShopStore &store) -> Result<QJsonObject> {
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
              return store.orders().pay(actor, id, reference);
          });
}

} // namespace shopdesk::server
