#include "server/contentimage.h"

#include "domain/tr.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

quint32 be32(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}
quint32 be16(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 8) | quint32(quint8(b[at + 1]));
}
quint32 le16(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | (quint32(quint8(b[at + 1])) << 8);
}
quint32 le24(const QByteArray &b, qsizetype at)
{
    return le16(b, at) | (quint32(quint8(b[at + 2])) << 16);
}
quint32 le32(const QByteArray &b, qsizetype at)
{
    return le24(b, at) | (quint32(quint8(b[at + 3])) << 24);
}

quint32 crc32(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ quint8(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

Error corrupt(const QString &type, const QString &why)
{
    return Error{u"corrupt_image"_s,
                 Tr::tr("The %1 image is damaged or incomplete: %2.").arg(type, why),
                 QJsonObject{{u"type"_s, type}}};
}

Result<ContentImage::Info> png(const QByteArray &b)
{
    const QString type = u"image/png"_s;
    qsizetype at = 8;
    ContentImage::Info info{type, 0, 0};
    bool first = true;
    while (true) {
        if (at + 12 > b.size())
            return corrupt(type, Tr::tr("it ends before its IEND chunk"));
        const quint32 length = be32(b, at);
        if (length > quint32(b.size()) || at + 12 + qsizetype(length) > b.size())
            return corrupt(type, Tr::tr("a chunk runs past the end of the file"));
        const QByteArray name = b.mid(at + 4, 4);
        if (crc32(b.constData() + at + 4, 4 + length) != be32(b, at + 8 + length))
            return corrupt(
                type,
                Tr::tr("the %1 chunk fails its checksum").arg(QString::fromLatin1(name.toHex())));
        if (first) {
            if (name != "IHDR" || length != 13)
                return corrupt(type, Tr::tr("it does not start with a header chunk"));
            info.width = int(qMin<quint32>(be32(b, at + 8), 0x7FFFFFFF));
            info.height = int(qMin<quint32>(be32(b, at + 12), 0x7FFFFFFF));
            first = false;
        }
        at += 12 + length;
        if (name == "IEND")
            return info;
    }
}

Result<ContentImage::Info> jpeg(const QByteArray &b)
{
    const QString type = u"image/jpeg"_s;
    if (!b.endsWith("\xFF\xD9"))
        return corrupt(type, Tr::tr("it has no end-of-image marker"));
    qsizetype at = 2;
    while (at + 4 <= b.size()) {
        if (quint8(b[at]) != 0xFF)
            return corrupt(type, Tr::tr("a marker is missing where one must be"));
        const quint8 marker = quint8(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0xD9 || marker == 0x01 ||
            (marker >= 0xD0 && marker <= 0xD7))
            return corrupt(type, Tr::tr("the frame header is missing"));
        const quint32 length = be16(b, at + 2);
        if (length < 2 || at + 2 + qsizetype(length) > b.size())
            return corrupt(type, Tr::tr("a segment runs past the end of the file"));
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (length < 8)
                return corrupt(type, Tr::tr("the frame header is too short"));
            return ContentImage::Info{type, int(be16(b, at + 7)), int(be16(b, at + 5))};
        }
        at += 2 + length;
    }
    return corrupt(type, Tr::tr("the frame header is missing"));
}

Result<ContentImage::Info> webp(const QByteArray &b)
{
    const QString type = u"image/webp"_s;
    if (b.size() < 30 || qsizetype(le32(b, 4)) + 8 != b.size())
        return corrupt(type, Tr::tr("its length does not match its RIFF header"));
    const QByteArray chunk = b.mid(12, 4);
    const qsizetype data = 20;
    if (chunk == "VP8 ") {
        if (quint8(b[data + 3]) != 0x9D || quint8(b[data + 4]) != 0x01 ||
            quint8(b[data + 5]) != 0x2A)
            return corrupt(type, Tr::tr("the VP8 frame has no start code"));
        return ContentImage::Info{type, int(le16(b, data + 6) & 0x3FFF),
                                  int(le16(b, data + 8) & 0x3FFF)};
    }
    if (chunk == "VP8L") {
        if (quint8(b[data]) != 0x2F)
            return corrupt(type, Tr::tr("the lossless frame has no signature"));
        const quint32 bits = le32(b, data + 1);
        return ContentImage::Info{type, int((bits & 0x3FFF) + 1), int(((bits >> 14) & 0x3FFF) + 1)};
    }
    if (chunk == "VP8X")
        return ContentImage::Info{type, int(le24(b, data + 4) + 1), int(le24(b, data + 7) + 1)};
    return corrupt(type, Tr::tr("it holds no known image chunk"));
}

} // namespace

const QStringList &ContentImage::acceptedTypes()
{
    static const QStringList types = {u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s};
    return types;
}

Result<ContentImage::Info> ContentImage::inspect(const QByteArray &bytes,
                                                 const QString &declaredType)
{
    const QString declared = declaredType.section(u';', 0, 0).trimmed().toLower();
    if (!acceptedTypes().contains(declared)) {
        return Error{u"unsupported_media_type"_s,
                     Tr::tr("Images are uploaded as %1; the Content-Type \"%2\" is none of them.")
                         .arg(acceptedTypes().join(u", "_s), declared.left(100)),
                     QJsonObject{{u"accepted"_s, acceptedTypes().join(u", "_s)}}};
    }
    if (bytes.size() > maxBytes) {
        return Error{u"image_too_large"_s,
                     Tr::tr("The image has %1 bytes; at most %2 are accepted.")
                         .arg(bytes.size())
                         .arg(maxBytes),
                     QJsonObject{{u"size"_s, bytes.size()}, {u"max_size"_s, maxBytes}}};
    }
    QString actual;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        actual = u"image/png"_s;
    else if (bytes.startsWith("\xFF\xD8\xFF"))
        actual = u"image/jpeg"_s;
    else if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        actual = u"image/webp"_s;
    if (actual.isEmpty()) {
        return Error{u"not_an_image"_s, Tr::tr("The file is not a PNG, JPEG or WebP image."),
                     QJsonObject{{u"declared_type"_s, declared}}};
    }
    if (actual != declared) {
        return Error{u"image_type_mismatch"_s,
                     Tr::tr("The file is a %1 image but was sent as %2.").arg(actual, declared),
                     QJsonObject{{u"declared_type"_s, declared}, {u"actual_type"_s, actual}}};
    }
    Result<Info> info = actual == u"image/png"_s    ? png(bytes)
                        : actual == u"image/jpeg"_s ? jpeg(bytes)
                                                    : webp(bytes);
    if (!info)
        return info;
    const int w = info.value().width;
    const int h = info.value().height;
    if (w < minSide || h < minSide || w > maxSide || h > maxSide) {
        return Error{u"invalid_image_dimensions"_s,
                     Tr::tr("The image is %1 x %2 pixels; each side must be 1 to %3.")
                         .arg(w)
                         .arg(h)
                         .arg(maxSide),
                     QJsonObject{{u"width"_s, w}, {u"height"_s, h}, {u"max_side"_s, maxSide}}};
    }
    return info;
}

} // namespace shopdesk::server
