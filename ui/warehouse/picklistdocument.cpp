#include "warehouse/picklistdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QString PickListDocument::html(const QJsonArray &orders)
{
    QString out = u"<html><body><h1>%1</h1><p>%2</p>"_s.arg(
        PickListDocument::tr("Pick list").toHtmlEscaped(),
        QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat).toHtmlEscaped());
    if (orders.isEmpty())
        out += u"<p>%1</p>"_s.arg(
            PickListDocument::tr("No paid orders are waiting to ship.").toHtmlEscaped());
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        const QJsonObject customer = order.value(u"customer"_s).toObject();
        out += u"<h2>%1</h2><p>%2<br>%3</p>"_s.arg(
            PickListDocument::tr("Order %1")
                .arg(order.value(u"order_id"_s).toInteger())
                .toHtmlEscaped(),
            customer.value(u"name"_s).toString().toHtmlEscaped(),
            customer.value(u"address"_s).toString().toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
        if (order.value(u"stock_at_risk"_s).toBool())
            out += u"<p><b>%1</b></p>"_s.arg(
                PickListDocument::tr("Stock at risk: a count found fewer units than are reserved.")
                    .toHtmlEscaped());
        out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"
               "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
                   PickListDocument::tr("SKU"), PickListDocument::tr("Product"),
                   PickListDocument::tr("Barcode"), PickListDocument::tr("Units"),
                   PickListDocument::tr("Pick from"));
        for (const QJsonValue &lineValue : order.value(u"lines"_s).toArray()) {
            const QJsonObject line = lineValue.toObject();
            QStringList where;
            for (const QJsonValue &place : line.value(u"locations"_s).toArray())
                where.append(u"%1 (%2)"_s.arg(place[u"location"_s].toString())
                                 .arg(place[u"on_hand"_s].toInteger()));
            out += u"<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                   "<td>%5</td></tr>"_s.arg(line.value(u"sku"_s).toString().toHtmlEscaped(),
                                            line.value(u"name"_s).toString().toHtmlEscaped(),
                                            line.value(u"barcode"_s).toString().toHtmlEscaped(),
                                            QString::number(line.value(u"quantity"_s).toInteger()),
                                            where.join(u", "_s).toHtmlEscaped());
        }
        out += u"</table>"_s;
    }
    return out + u"</body></html>"_s;
}

QTextDocument *PickListDocument::document(const QJsonArray &orders)
{
    auto *doc = new QTextDocument;
    doc->setHtml(html(orders));
    return doc;
}

Result<void> PickListDocument::writePdf(const QJsonArray &orders, const QString &path)
{
    QPdfWriter writer(path);
    if (!writer.pageLayout().isValid())
        return Error{u"pdf_failed"_s, PickListDocument::tr("Cannot write %1.").arg(path), {}};
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(PickListDocument::tr("Pick list"));
    writer.setCreator(u"Shopdesk"_s);
    std::unique_ptr<QTextDocument> doc(document(orders));
    doc->print(&writer);
    return {};
}

} // namespace shopdesk::ui
