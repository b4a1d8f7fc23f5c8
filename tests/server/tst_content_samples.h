#pragma once

#include <QByteArray>
#include <QtEndian>

// Small, valid image files built byte by byte (the server tests link no image library).
namespace shopdesk::test::samples {

inline QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

inline QByteArray pngChunk(const QByteArray &name, const QByteArray &data)
{
    return be32(quint32(data.size())) + name + data + be32(crc32(name + data));
}

// An RGB PNG of width x height in one colour, its pixels in a stored (uncompressed) deflate
// block, so any decoder reads it; small sizes only (one block holds 65535 bytes).
inline QByteArray png(int width, int height, char shade = 'x')
{
    QByteArray raw;
    for (int y = 0; y < height; ++y) {
        raw += '\0';
        raw += QByteArray(width * 3, shade);
    }
    quint32 a = 1, b = 0;
    for (char ch : raw) {
        a = (a + quint8(ch)) % 65521;
        b = (b + a) % 65521;
    }
    QByteArray zlib("\x78\x01\x01", 3);
    const quint16 len = quint16(raw.size());
    zlib += char(len & 0xFF);
    zlib += char(len >> 8);
    zlib += char(~len & 0xFF);
    zlib += char((~len >> 8) & 0xFF);
    zlib += raw + be32((b << 16) | a);
    QByteArray header = be32(quint32(width)) + be32(quint32(height));
    header += QByteArray("\x08\x02\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

// A JPEG's structure: SOI, a JFIF segment, a baseline frame header of width x height, EOI.
inline QByteArray jpeg(int width, int height)
{
    QByteArray b("\xFF\xD8", 2);
    b += QByteArray("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    b += QByteArray("\xFF\xC0\x00\x0B\x08", 5);
    b += char(height >> 8);
    b += char(height & 0xFF);
    b += char(width >> 8);
    b += char(width & 0xFF);
    b += QByteArray("\x01\x01\x11\x00", 4);
    b += QByteArray("\xFF\xD9", 2);
    return b;
}

} // namespace shopdesk::test::samples
