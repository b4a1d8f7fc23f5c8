#include "content/imagecheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// The catalogue context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::ImageCheck)
};

} // namespace

Result<CheckedImage> checkImageFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s, Text::tr("%1 cannot be read.").arg(name), {}};
    if (file.size() > maxImageBytes) {
        return Error{u"image_too_large"_s,
                     Text::tr("%1 is %2 KiB; images may be at most %3 KiB.")
                         .arg(name)
                         .arg((file.size() + 1023) / 1024)
                         .arg(maxImageBytes / 1024),
                     {}};
    }
    CheckedImage out;
    out.bytes = file.readAll();
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::ReadOnly);
    // The type comes from the bytes, never from the file name.
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format == "png")
        out.mime = u"image/png"_s;
    else if (format == "jpeg" || format == "jpg")
        out.mime = u"image/jpeg"_s;
    else if (format == "webp")
        out.mime = u"image/webp"_s;
    else
        return Error{
            u"not_an_image"_s, Text::tr("%1 is not a PNG, JPEG or WebP image.").arg(name), {}};
    const QSize size = reader.size();
    if (size.isValid() && (size.width() < 1 || size.height() < 1 || size.width() > maxImageSide ||
                           size.height() > maxImageSide)) {
        return Error{u"invalid_image_dimensions"_s,
                     Text::tr("%1 is %2 × %3 pixels; each side must be 1 to %4 pixels.")
                         .arg(name)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(maxImageSide),
                     {}};
    }
    // Decoders forgive a missing end (a partly drawn picture); the server does not.
    const bool truncated =
        (format == "png" && !out.bytes.right(12).startsWith(QByteArray("\0\0\0\0IEND", 8))) ||
        ((format == "jpeg" || format == "jpg") && !out.bytes.right(16).contains("\xff\xd9"));
    reader.setAutoTransform(true);
    out.image = reader.read();
    if (out.image.isNull() || truncated) {
        return Error{u"corrupt_image"_s,
                     truncated ? Text::tr("%1 is damaged: the file ends too early.").arg(name)
                               : Text::tr("%1 is damaged and cannot be shown (%2).")
                                     .arg(name, reader.errorString()),
                     {}};
    }
    return out;
}

} // namespace shopdesk::ui
