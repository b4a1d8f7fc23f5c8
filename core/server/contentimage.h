#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace shopdesk::server {

// Checks that uploaded bytes are a whole PNG, JPEG or WebP image of the type claimed, and
// reads its dimensions from the headers. It parses the container structure itself (PNG
// chunks with their CRCs, JPEG markers up to the frame header and the end marker, the WebP
// RIFF header) instead of decoding pixels with QImageReader: core stays free of QtGui, the
// server never runs an image decoder on untrusted bytes, and a truncated or mangled file is
// still caught because its structure no longer adds up.
class ContentImage
{
public:
    static constexpr qsizetype maxBytes = 768 * 1024; // under the 1 MiB request body limit
    static constexpr int maxSide = 6000;
    static constexpr int minSide = 1;

    struct Info
    {
        QString mime;
        int width = 0;
        int height = 0;
    };
    // declaredType is the request's Content-Type (parameters after ';' ignored).
    static Result<Info> inspect(const QByteArray &bytes, const QString &declaredType);
    static const QStringList &acceptedTypes();
};

} // namespace shopdesk::server
