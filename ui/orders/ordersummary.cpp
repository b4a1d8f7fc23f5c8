#include "orders/ordersummary.h"

#include "domain/money.h"
#include "sync/ordertext.h"

#include <QFile>
#include <QJsonArray>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString money(const QJsonObject &m)
{
    const auto value = Money::create(qint64(m.value(u"amount_minor"_s).toDouble()),
                                     m.value(u"currency"_s).toString());
    return value ? value->format() : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

QString OrderSummary::html(const sync::LocalOrder &order,
                           const std::optional<sync::CustomerRecord> &customer)
{
    const QJsonObject &d = order.data;
    QString h;
    h += u"<html><body style=\"font-family: sans-serif;\">"_s;
    h += u"<h2>"_s +
         (order.serverId > 0 ? tr("Order #%1").arg(order.serverId) : tr("Order (not confirmed)")) +
         u"</h2>"_s;
    h += u"<p><b>"_s + esc(sync::OrderText::status(order.status)) + u"</b>"_s;
    if (d.contains(u"created_at"_s))
        h += u" · "_s + esc(when(d.value(u"created_at"_s).toString()));
    h += u"</p>"_s;
    if (customer) {
        h += u"<h3>"_s + tr("Customer") + u"</h3><p>"_s + esc(customer->name);
        for (const QString &part : {customer->email, customer->phone}) {
            if (!part.isEmpty())
                h += u"<br>"_s + esc(part);
        }
        h += u"</p>"_s;
        if (!customer->address.isEmpty())
            h += u"<h3>"_s + tr("Delivery address") + u"</h3><p>"_s + esc(customer->address) +
                 u"</p>"_s;
    }
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
         "style=\"border-collapse: collapse;\"><tr><th align=\"left\">"_s +
         tr("SKU") + u"</th><th align=\"left\">"_s + tr("Product") +
         u"</th><th align=\"right\">"_s + tr("Quantity") + u"</th><th align=\"right\">"_s +
         tr("Unit price") + u"</th><th align=\"right\">"_s + tr("Line total") + u"</th></tr>"_s;
    for (const QJsonValue &v : d.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        h += u"<tr><td>"_s + esc(line.value(u"sku"_s).toString()) + u"</td><td>"_s +
             esc(line.value(u"name"_s).toString()) + u"</td><td align=\"right\">"_s +
             QLocale().toString(qint64(line.value(u"quantity"_s).toDouble())) +
             u"</td><td align=\"right\">"_s + money(line.value(u"unit_price"_s).toObject()) +
             u"</td><td align=\"right\">"_s + money(line.value(u"line_total"_s).toObject()) +
             u"</td></tr>"_s;
    }
    h += u"</table>"_s;
    if (d.contains(u"total"_s))
        h += u"<p align=\"right\"><b>"_s +
             tr("Total: %1").arg(money(d.value(u"total"_s).toObject())) + u"</b></p>"_s;
    h += u"<p>"_s +
         tr("Channel: %1").arg(esc(sync::OrderText::channel(d.value(u"channel"_s).toString())));
    h += u"<br>"_s +
         tr("Payment: %1")
             .arg(esc(sync::OrderText::paymentMethod(d.value(u"payment_method"_s).toString())));
    const QString link = d.value(u"payment_link"_s).toString();
    if (!link.isEmpty())
        h += u"<br>"_s + tr("Pay online: %1").arg(esc(link));
    const QString carrier = d.value(u"carrier"_s).toString();
    const QString tracking = d.value(u"tracking"_s).toString();
    if (!tracking.isEmpty())
        h += u"<br>"_s + tr("Shipped with %1, tracking number %2").arg(esc(carrier), esc(tracking));
    h += u"</p>"_s;
    const QString notes = d.value(u"notes"_s).toString();
    if (!notes.isEmpty())
        h += u"<h3>"_s + tr("Notes") + u"</h3><p>"_s + esc(notes) + u"</p>"_s;
    h += u"</body></html>"_s;
    return h;
}

void OrderSummary::print(const sync::LocalOrder &order,
                         const std::optional<sync::CustomerRecord> &customer,
                         QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(html(order, customer));
    document.print(device);
}

Result<void> OrderSummary::savePdf(const sync::LocalOrder &order,
                                   const std::optional<sync::CustomerRecord> &customer,
                                   const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Result<void>::failure(
                u"cannot_write"_s, tr("%1 cannot be written: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(order.serverId > 0 ? tr("Order #%1").arg(order.serverId) : tr("Order"));
    writer.setCreator(u"Shopdesk"_s);
    print(order, customer, &writer);
    return {};
}

} // namespace shopdesk::ui
