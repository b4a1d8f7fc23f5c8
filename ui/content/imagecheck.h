#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace shopdesk::ui {

// A picture file checked before upload, with what the server needs to accept it.
struct CheckedImage
{
    QByteArray bytes;
    QString mime;
    QImage image;
};

// Reads and decodes a file and refuses, with a readable reason, anything the server would
// refuse (docs/api.md, "Images"): no PNG, JPEG or WebP, over 768 KiB, a side outside
// 1–6000 pixels, or a file that does not decode.
Result<CheckedImage> checkImageFile(const QString &path);

constexpr qint64 maxImageBytes = 768 * 1024;
constexpr int maxImageSide = 6000;

} // namespace shopdesk::ui
