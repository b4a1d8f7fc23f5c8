#include "client/errortext.h"

#include "client/ordertext.h"
#include "domain/tr.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

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

// Codes whose words need nothing from the details.
struct Wording
{
    const char *code;
    const char *text;
};
constexpr Wording plainWordings[] = {
    {"forbidden", QT_TRANSLATE_NOOP("Shopdesk", "Your role may not do this.")},
    {"unauthorized",
     QT_TRANSLATE_NOOP("Shopdesk", "Your session has ended: log out and log in again.")},
    {"sku_exists", QT_TRANSLATE_NOOP("Shopdesk", "A product with this SKU exists already.")},
    {"username_exists", QT_TRANSLATE_NOOP("Shopdesk", "This user name is taken.")},
    {"location_exists", QT_TRANSLATE_NOOP("Shopdesk", "A location of this name exists already.")},
    {"slug_exists", QT_TRANSLATE_NOOP("Shopdesk", "Another product page has this URL slug.")},
    {"unknown_customer", QT_TRANSLATE_NOOP("Shopdesk", "This customer is not on the server.")},
    {"reason_required", QT_TRANSLATE_NOOP("Shopdesk", "A removal needs a reason.")},
    {"invalid_email", QT_TRANSLATE_NOOP("Shopdesk", "This is not an e-mail address.")},
    {"customer_has_no_email", QT_TRANSLATE_NOOP("Shopdesk", "The customer has no e-mail address.")},
    {"payment_method_offline",
     QT_TRANSLATE_NOOP("Shopdesk", "Bank transfer and cash on delivery have no payment link.")},
    {"payment_link_not_configured",
     QT_TRANSLATE_NOOP("Shopdesk",
                       "The server has no payment link set up for this payment method.")},
    {"weak_password", QT_TRANSLATE_NOOP("Shopdesk", "A password has at least 8 characters.")},
    {"edit_conflict",
     QT_TRANSLATE_NOOP("Shopdesk", "Someone else saved this page after you opened it.")},
    {"too_many_lines", QT_TRANSLATE_NOOP("Shopdesk", "An order has at most 500 lines.")},
    {"storage_unavailable",
     QT_TRANSLATE_NOOP("Shopdesk",
                       "The server cannot store anything right now; try again in a moment.")},
    {"shutting_down",
     QT_TRANSLATE_NOOP("Shopdesk",
                       "The server cannot store anything right now; try again in a moment.")},
};

// The words for codes that take their details, or empty.
QString withDetails(const QString &code, const QJsonObject &details)
{
    if (code == u"insufficient_stock"_s)
        return stock(details);
    if (code == u"invalid_status"_s && details.contains(u"status"_s))
        return Tr::tr("Not possible now: the order is %1.")
            .arg(OrderText::status(details.value(u"status"_s).toString()));
    if (code == u"unknown_sku"_s && details.contains(u"sku"_s))
        return Tr::tr("There is no product %1.").arg(details.value(u"sku"_s).toString());
    if (code == u"invalid_payment_link"_s)
        return ErrorText::paymentLink(details.value(u"reason"_s).toString());
    if (code == u"too_many_attempts"_s)
        return Tr::tr("Too many failed log-ins: try again in %1 s.")
            .arg(QLocale().toString(details.value(u"retry_after"_s).toInteger()));
    return {};
}

} // namespace

QString ErrorText::describe(const Error &error)
{
    for (const Wording &wording : plainWordings) {
        if (error.code == QLatin1StringView(wording.code))
            return Tr::tr(wording.text);
    }
    if (QString text = withDetails(error.code, error.details); !text.isEmpty())
        return text;
    if (!error.message.isEmpty())
        return error.message;
    return Tr::tr("The server refused it (%1).").arg(error.code);
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

} // namespace shopdesk::client
