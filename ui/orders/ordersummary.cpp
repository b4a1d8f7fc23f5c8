#include "orders/ordersummary.h"

#include "client/ordertext.h"
#include "domain/money.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString money(const std::optional<Money> &m)
{
    return m ? m->format() : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString OrderSummary::html(const client::LocalOrder &order,
                           const std::optional<client::CustomerRecord> &customer)
{
    const Order &o = order.order;
    QString h;
    h += u"<html><body style=\"font-family: sans-serif;\">"_s;
    h += u"<h2>"_s +
         (o.isConfirmed() ? tr("Order #%1").arg(order.serverId()) : tr("Order (not confirmed)")) +
         u"</h2>"_s;
    h += u"<p><b>"_s + esc(client::OrderText::status(o.status)) + u"</b>"_s;
    if (o.createdAt.isValid())
        h += u" · "_s + esc(when(o.createdAt));
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
    for (const OrderLine &line : o.lines) {
        h += u"<tr><td>"_s + esc(line.sku) + u"</td><td>"_s + esc(line.name) +
             u"</td><td align=\"right\">"_s + QLocale().toString(line.quantity) +
             u"</td><td align=\"right\">"_s + money(line.unitPrice) +
             u"</td><td align=\"right\">"_s + money(line.lineTotal) + u"</td></tr>"_s;
    }
    h += u"</table>"_s;
    if (o.total)
        h += u"<p align=\"right\"><b>"_s + tr("Total: %1").arg(money(o.total)) + u"</b></p>"_s;
    h += u"<p>"_s + tr("Channel: %1").arg(esc(client::OrderText::channel(o.channel)));
    h += u"<br>"_s + tr("Payment: %1").arg(esc(client::OrderText::paymentMethod(o.paymentMethod)));
    if (!o.paymentLink.isEmpty())
        h += u"<br>"_s + tr("Pay online: %1").arg(esc(o.paymentLink));
    if (!o.tracking.isEmpty())
        h += u"<br>"_s +
             tr("Shipped with %1, tracking number %2").arg(esc(o.carrier), esc(o.tracking));
    h += u"</p>"_s;
    if (!o.notes.isEmpty())
        h += u"<h3>"_s + tr("Notes") + u"</h3><p>"_s + esc(o.notes) + u"</p>"_s;
    h += u"</body></html>"_s;
    return h;
}

void OrderSummary::print(const client::LocalOrder &order,
                         const std::optional<client::CustomerRecord> &customer,
                         QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(html(order, customer));
    document.print(device);
}

Result<void> OrderSummary::savePdf(const client::LocalOrder &order,
                                   const std::optional<client::CustomerRecord> &customer,
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
    writer.setTitle(order.isConfirmed() ? tr("Order #%1").arg(order.serverId()) : tr("Order"));
    writer.setCreator(u"Shopdesk"_s);
    print(order, customer, &writer);
    return {};
}

} // namespace shopdesk::ui
