#pragma once

#include "client/productrecord.h"
#include "domain/contentfields.h"

#include <QPixmap>
#include <QWidget>

#include <optional>

class QTextBrowser;

namespace shopdesk::ui {

// The product page as the website shows it: title, price, availability, main image and the
// descriptions rendered from their HTML.
class ProductPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ProductPreview(QWidget *parent = nullptr);

    void showPage(const ContentFields &fields, const std::optional<client::ProductRecord> &product,
                  const QPixmap &mainImage);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace shopdesk::ui
