#include "content/imagepanel.h"
#include "common/themecolors.h"

#include "client/contentservice.h"
#include "content/imagecheck.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {
constexpr int thumbSide = 120;
}

ImagePanel::ImagePanel(client::ContentService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
{
    m_list->setObjectName(u"images"_s);
    m_list->setAccessibleName(tr("Images, the first is the main image"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(thumbSide, thumbSide));
    m_list->setGridSize(QSize(thumbSide + 30, thumbSide + 40));
    m_list->setMovement(QListView::Snap);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_message->setObjectName(u"imageMessage"_s);
    m_message->setWordWrap(true);
    auto *add = new QPushButton(tr("Add images…"), this);
    add->setObjectName(u"addImages"_s);
    auto *up = new QPushButton(tr("Move earlier"), this);
    auto *down = new QPushButton(tr("Move later"), this);
    auto *main = new QPushButton(tr("Make main image"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add images"), {}, tr("Images (*.png *.jpg *.jpeg *.webp);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(main, &QPushButton::clicked, this, &ImagePanel::makeSelectedMain);
    connect(remove, &QPushButton::clicked, this, &ImagePanel::removeSelected);
    // A drag has moved an item: send the new order.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { reorder(hashes()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(main);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    setMessage({}, false);
}

QString ImagePanel::message() const
{
    return m_message->text();
}

QPixmap ImagePanel::mainPixmap() const
{
    if (m_images.isEmpty())
        return {};
    return m_pixmaps.value(m_images.first().hash);
}

void ImagePanel::setMessage(const QString &text, bool error)
{
    setStatusText(m_message, text, error);
}

QStringList ImagePanel::hashes() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        out.append(m_list->item(row)->data(Qt::UserRole).toString());
    return out;
}

void ImagePanel::setProduct(const QString &sku)
{
    m_sku = sku;
    m_errors.clear();
    setMessage({}, false);
    showImages({});
    if (sku.isEmpty())
        return;
    QPointer<ImagePanel> self(this);
    m_service->images(sku, [self, sku](const Result<QList<ProductImage>> &result) {
        if (!self || self->m_sku != sku)
            return;
        if (!result)
            return self->setMessage(result.error().message, true);
        self->showImages(*result);
    });
}

void ImagePanel::showImages(const QList<ProductImage> &images)
{
    m_images = images;
    const QSignalBlocker blocker(m_list->model());
    m_list->clear();
    for (const ProductImage &image : images) {
        const QString hash = image.hash;
        QString label = tr("%1 × %2").arg(image.width).arg(image.height);
        if (image.main)
            label = tr("Main · %1").arg(label);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, hash);
        item->setToolTip(tr("%1, %2 KiB").arg(image.mime).arg((image.size + 1023) / 1024));
        if (m_pixmaps.contains(hash)) {
            item->setIcon(QIcon(m_pixmaps.value(hash)));
            continue;
        }
        QPointer<ImagePanel> self(this);
        m_service->imageBytes(hash, [self, hash](const Result<QByteArray> &bytes) {
            if (!self || !bytes)
                return;
            QImage picture = QImage::fromData(*bytes);
            if (picture.isNull())
                return;
            const QPixmap pixmap = QPixmap::fromImage(picture);
            self->m_pixmaps.insert(hash, pixmap);
            const QPixmap thumb =
                pixmap.scaled(thumbSide, thumbSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            for (int row = 0; row < self->m_list->count(); ++row) {
                if (self->m_list->item(row)->data(Qt::UserRole).toString() == hash)
                    self->m_list->item(row)->setIcon(QIcon(thumb));
            }
            emit self->imagesChanged(self->m_images);
        });
    }
    emit imagesChanged(m_images);
}

void ImagePanel::importFiles(const QStringList &paths)
{
    if (m_sku.isEmpty())
        return;
    m_errors.clear();
    QList<CheckedImage> accepted;
    for (const QString &path : paths) {
        Result<CheckedImage> checked = checkImageFile(path);
        if (!checked) {
            m_errors.append(checked.error().message);
            continue;
        }
        accepted.append(*checked);
    }
    setMessage(m_errors.join(u'\n'), !m_errors.isEmpty());
    const QString sku = m_sku;
    for (const CheckedImage &image : accepted) {
        QPointer<ImagePanel> self(this);
        m_service->uploadImage(sku, image.bytes, image.mime,
                               [self, sku, image](const Result<QList<ProductImage>> &result) {
                                   if (!self || self->m_sku != sku)
                                       return;
                                   if (!result) {
                                       self->m_errors.append(
                                           tr("Not uploaded: %1").arg(result.error().message));
                                       self->setMessage(self->m_errors.join(u'\n'), true);
                                       return;
                                   }
                                   self->showImages(*result);
                               });
    }
}

void ImagePanel::reorder(const QStringList &order)
{
    if (m_sku.isEmpty() || order.isEmpty())
        return;
    QPointer<ImagePanel> self(this);
    const QString sku = m_sku;
    m_service->reorderImages(sku, order, [self, sku](const Result<QList<ProductImage>> &result) {
        if (!self || self->m_sku != sku)
            return;
        if (!result) {
            self->setMessage(tr("Order not changed: %1").arg(result.error().message), true);
            self->setProduct(sku);
            return;
        }
        self->showImages(*result);
    });
}

void ImagePanel::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QStringList order = hashes();
    order.move(row, target);
    reorder(order);
    m_list->setCurrentRow(target);
}

void ImagePanel::makeSelectedMain()
{
    const int row = m_list->currentRow();
    if (row <= 0)
        return;
    QStringList order = hashes();
    order.move(row, 0);
    reorder(order);
}

void ImagePanel::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_sku.isEmpty())
        return;
    const QString hash = m_list->item(row)->data(Qt::UserRole).toString();
    QPointer<ImagePanel> self(this);
    const QString sku = m_sku;
    m_service->deleteImage(sku, hash, [self, sku](const Result<QList<ProductImage>> &result) {
        if (!self || self->m_sku != sku)
            return;
        if (!result)
            return self->setMessage(tr("Not removed: %1").arg(result.error().message), true);
        self->showImages(*result);
    });
}

} // namespace shopdesk::ui
