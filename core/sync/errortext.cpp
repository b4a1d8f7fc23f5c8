#include "sync/errortext.h"

#include "domain/tr.h"
#include "sync/ordertext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

QString stock(const QJsonObject &details)
{
    const QString sku = details.value(u"sku"_s).toString();
    if (sku.isEmpty())
        return {};
    const QLocale locale;
    const QString available = locale.toString(qint64(details.value(u"available"_s).toDouble()));
    const qint64 requested = qint64(details.value(u"requested"_s).toDouble());
    if (requested > 0) {
        return Tr::tr("Only %1 of %2 available (%3 asked for).")
            .arg(available, sku, locale.toString(requested));
    }
    return Tr::tr("Only %1 of %2 available.").arg(available, sku);
}

} // namespace

QString ErrorText::describe(const Error &error)
{
    const QString &code = error.code;
    const QJsonObject &details = error.details;
    QString text;
    if (code == u"insufficient_stock"_s)
        text = stock(details);
    else if (code == u"invalid_status"_s && details.contains(u"status"_s))
        text = Tr::tr("Not possible now: the order is %1.")
                   .arg(OrderText::status(details.value(u"status"_s).toString()));
    else if (code == u"forbidden"_s)
        text = Tr::tr("Your role may not do this.");
    else if (code == u"unauthorized"_s)
        text = Tr::tr("Your session has ended: log out and log in again.");
    else if (code == u"sku_exists"_s)
        text = Tr::tr("A product with this SKU exists already.");
    else if (code == u"username_exists"_s)
        text = Tr::tr("This user name is taken.");
    else if (code == u"location_exists"_s)
        text = Tr::tr("A location of this name exists already.");
    else if (code == u"slug_exists"_s)
        text = Tr::tr("Another product page has this URL slug.");
    else if (code == u"unknown_sku"_s && details.contains(u"sku"_s))
        text = Tr::tr("There is no product %1.").arg(details.value(u"sku"_s).toString());
    else if (code == u"unknown_customer"_s)
        text = Tr::tr("This customer is not on the server.");
    else if (code == u"reason_required"_s)
        text = Tr::tr("A removal needs a reason.");
    else if (code == u"invalid_email"_s)
        text = Tr::tr("This is not an e-mail address.");
    else if (code == u"customer_has_no_email"_s)
        text = Tr::tr("The customer has no e-mail address.");
    else if (code == u"payment_method_offline"_s)
        text = Tr::tr("Bank transfer and cash on delivery have no payment link.");
    else if (code == u"payment_link_not_configured"_s)
        text = Tr::tr("The server has no payment link set up for this payment method.");
    else if (code == u"invalid_payment_link"_s)
        text = paymentLink(details.value(u"reason"_s).toString());
    else if (code == u"weak_password"_s)
        text = Tr::tr("A password has at least 8 characters.");
    else if (code == u"too_many_attempts"_s)
        text = Tr::tr("Too many failed log-ins: try again in %1 s.")
                   .arg(QLocale().toString(details.value(u"retry_after"_s).toInteger()));
    else if (code == u"edit_conflict"_s)
        text = Tr::tr("Someone else saved this page after you opened it.");
    else if (code == u"too_many_lines"_s)
        text = Tr::tr("An order has at most 500 lines.");
    else if (code == u"storage_unavailable"_s || code == u"shutting_down"_s)
        text = Tr::tr("The server cannot store anything right now; try again in a moment.");
    if (!text.isEmpty())
        return text;
    if (!error.message.isEmpty())
        return error.message;
    return Tr::tr("The server refused it (%1).").arg(code);
}

QString ErrorText::paymentLink(const QString &reason)
{
    if (reason == u"payment_link_expired"_s)
        return Tr::tr("This payment link has expired.");
    if (reason == u"payment_link_signature_invalid"_s)
        return Tr::tr("This payment link has been altered (order, amount, currency, expiry or "
                      "signature): it is not the one the shop sent.");
    if (reason == u"payment_link_unknown_order"_s)
        return Tr::tr("This payment link is for an order the shop does not have.");
    if (reason == u"payment_link_mismatch"_s)
        return Tr::tr("This payment link no longer matches its order (amount, currency or "
                      "payment method changed).");
    return Tr::tr("This is not a payment link of this shop.");
}

} // namespace shopdesk::sync
