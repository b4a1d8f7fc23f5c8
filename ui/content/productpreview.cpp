#include "content/productpreview.h"

#include "client/productrecord.h"
#include "domain/money.h"

#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ProductPreview::ProductPreview(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(u"preview"_s);
    m_browser->setAccessibleName(tr("Preview of the product page"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void ProductPreview::showPage(const ContentFields &fields,
                              const std::optional<client::ProductRecord> &product,
                              const QPixmap &mainImage)
{
    const QUrl imageUrl(u"preview://main-image"_s);
    m_browser->document()->addResource(QTextDocument::ImageResource, imageUrl,
                                       mainImage.isNull() ? QVariant() : QVariant(mainImage));
    QString html;
    const QString category = fields.category;
    if (!category.isEmpty()) {
        html += u"<p style=\"color:#666\">%1</p>"_s.arg(
            category.split(u'/').join(u" › "_s).toHtmlEscaped());
    }
    html += u"<h1>%1</h1>"_s.arg(fields.title.toHtmlEscaped());
    html += u"<table><tr><td valign=\"top\">"_s;
    if (!mainImage.isNull()) {
        const QSize shown = mainImage.size().scaled(320, 320, Qt::KeepAspectRatio);
        html += u"<img src=\"%1\" width=\"%2\" height=\"%3\">"_s.arg(imageUrl.toString())
                    .arg(shown.width())
                    .arg(shown.height());
    } else {
        html += tr("<p><i>No image</i></p>");
    }
    html += u"</td><td valign=\"top\" style=\"padding-left:16px\">"_s;
    if (product) {
        if (auto price = Money::create(product->priceMinor, product->currency))
            html += u"<p style=\"font-size:x-large\"><b>%1</b></p>"_s.arg(
                price->format().toHtmlEscaped());
        html += product->available > 0
                    ? tr("<p style=\"color:#1b7f3b\">In stock (%1 available)</p>")
                          .arg(product->available)
                    : tr("<p style=\"color:#b00020\">Out of stock</p>");
    }
    html += fields.shortDescription;
    html += u"</td></tr></table>"_s;
    html += fields.longDescription;
    if (!fields.attributes.isEmpty()) {
        html += tr("<h3>Details</h3>") + u"<table cellpadding=\"3\">"_s;
        for (auto it = fields.attributes.cbegin(); it != fields.attributes.cend(); ++it) {
            html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(it.key().toHtmlEscaped(),
                                                                    it.value().toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    QStringList tags;
    for (const QString &tag : fields.tags)
        tags.append(tag.toHtmlEscaped());
    if (!tags.isEmpty())
        html += u"<p style=\"color:#666\">%1</p>"_s.arg(tags.join(u" · "_s));
    m_browser->setHtml(html);
}

} // namespace shopdesk::ui
