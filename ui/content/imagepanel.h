#pragma once

#include "domain/productimage.h"

#include <QList>
#include <QMap>
#include <QPixmap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace shopdesk::client {
class ContentService;
}

namespace shopdesk::ui {

// A product's images: import from files (checked here before anything is sent), thumbnails,
// order by drag or up/down, the first is the main image, remove.
class ImagePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePanel(client::ContentService *service, QWidget *parent = nullptr);

    void setProduct(const QString &sku);
    // Checks each file and uploads those that pass; the refusals are listed in message().
    void importFiles(const QStringList &paths);
    void moveSelected(int delta);
    void makeSelectedMain();
    void removeSelected();

    QList<ProductImage> images() const { return m_images; }
    QString message() const;
    QListWidget *list() const { return m_list; }
    // The main image's picture once loaded (for the preview).
    QPixmap mainPixmap() const;

signals:
    void imagesChanged(const QList<shopdesk::ProductImage> &images);

private:
    void showImages(const QList<ProductImage> &images);
    void reorder(const QStringList &hashes);
    void setMessage(const QString &text, bool error);
    QStringList hashes() const;

    client::ContentService *m_service;
    QString m_sku;
    QList<ProductImage> m_images;
    QMap<QString, QPixmap> m_pixmaps; // hash -> picture, bytes never change under a hash
    QListWidget *m_list;
    QLabel *m_message;
    QStringList m_errors;
};

} // namespace shopdesk::ui
