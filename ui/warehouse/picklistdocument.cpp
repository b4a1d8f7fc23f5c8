#include "warehouse/picklistdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QString PickListDocument::pickFrom(const PickLine &line)
{
    QStringList where;
    for (const LocationStock &place : line.locations)
        where.append(u"%1 (%2)"_s.arg(place.location).arg(place.onHand));
    return where.join(u", "_s);
}

QString PickListDocument::oneLine(const QString &notes)
{
    QStringList lines = notes.trimmed().split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(u" · "_s);
}

QString PickListDocument::html(const QList<PickListEntry> &orders)
{
    QString out = u"<html><body><h1>%1</h1><p>%2</p>"_s.arg(
        PickListDocument::tr("Pick list").toHtmlEscaped(),
        QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat).toHtmlEscaped());
    if (orders.isEmpty())
        out += u"<p>%1</p>"_s.arg(
            PickListDocument::tr("No paid orders are waiting to ship.").toHtmlEscaped());
    for (const PickListEntry &entry : orders) {
        out += u"<h2>%1</h2><p>%2<br>%3</p>"_s.arg(
            PickListDocument::tr("Order %1").arg(entry.order.id.value()).toHtmlEscaped(),
            entry.customer.name.toHtmlEscaped(),
            entry.customer.address.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
        const QString notes = entry.order.notes.trimmed();
        if (!notes.isEmpty()) {
            // A box of its own, so the picker cannot miss the gift wrap or the delivery time.
            out += u"<table border=\"2\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                   "bgcolor=\"#fff2a8\"><tr><td><b>%1</b> %2</td></tr></table><p></p>"_s.arg(
                       PickListDocument::tr("Notes:").toHtmlEscaped(),
                       notes.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
        }
        if (entry.order.stockAtRisk)
            out += u"<p><b>%1</b></p>"_s.arg(
                PickListDocument::tr("Stock at risk: a count found fewer units than are reserved.")
                    .toHtmlEscaped());
        out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"
               "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
                   PickListDocument::tr("SKU"), PickListDocument::tr("Product"),
                   PickListDocument::tr("Barcode"), PickListDocument::tr("Units"),
                   PickListDocument::tr("Pick from"));
        for (qsizetype i = 0; i < entry.order.lines.size(); ++i) {
            const OrderLine &line = entry.order.lines.at(i);
            const PickLine pick = entry.picking.value(i);
            out += u"<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                   "<td>%5</td></tr>"_s.arg(line.sku.toHtmlEscaped(), line.name.toHtmlEscaped(),
                                            pick.barcode.toHtmlEscaped(),
                                            QString::number(line.quantity),
                                            pickFrom(pick).toHtmlEscaped());
        }
        out += u"</table>"_s;
    }
    return out + u"</body></html>"_s;
}

QTextDocument *PickListDocument::document(const QList<PickListEntry> &orders)
{
    auto *doc = new QTextDocument;
    doc->setHtml(html(orders));
    return doc;
}

Result<void> PickListDocument::writePdf(const QList<PickListEntry> &orders, const QString &path)
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
