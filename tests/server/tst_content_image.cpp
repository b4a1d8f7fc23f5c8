#include "server/contentimage.h"
#include "tst_content_samples.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shopdesk::server::ContentImage;
namespace samples = shopdesk::test::samples;

// Uploaded product images: only whole PNG, JPEG and WebP files of the declared type, within
// the size and dimension limits, are accepted.
class TestContentImage : public QObject
{
    Q_OBJECT
private slots:
    void acceptsRealImages()
    {
        auto png = ContentImage::inspect(samples::png(12, 7), u"image/png"_s);
        QVERIFY2(png, qPrintable(png.error().message));
        QCOMPARE(png.value().width, 12);
        QCOMPARE(png.value().height, 7);
        auto jpeg = ContentImage::inspect(samples::jpeg(640, 480), u"image/jpeg; q=1"_s);
        QVERIFY2(jpeg, qPrintable(jpeg.error().message));
        QCOMPARE(jpeg.value().width, 640);
        QCOMPARE(jpeg.value().height, 480);
        // A lossless WebP header for 100 x 50.
        QByteArray webp = "RIFF" + QByteArray(4, '\0') + "WEBPVP8L" + QByteArray(4, '\0');
        const quint32 bits = (100 - 1) | ((50 - 1) << 14);
        webp += char(0x2F);
        for (int i = 0; i < 4; ++i)
            webp += char((bits >> (8 * i)) & 0xFF);
        webp += QByteArray(10, '\0');
        qToLittleEndian(quint32(webp.size() - 8), webp.data() + 4);
        auto info = ContentImage::inspect(webp, u"image/webp"_s);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info.value().width, 100);
        QCOMPARE(info.value().height, 50);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        const QByteArray png = samples::png(4, 4);
        QTest::newRow("text file")
            << QByteArray("name,price\nknife,100\n") << u"image/png"_s << u"not_an_image"_s;
        QTest::newRow("empty") << QByteArray() << u"image/png"_s << u"not_an_image"_s;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00", 10) << u"image/gif"_s
                             << u"unsupported_media_type"_s;
        QTest::newRow("no type") << png << QString() << u"unsupported_media_type"_s;
        QTest::newRow("svg") << QByteArray("<svg onload=alert(1)/>") << u"image/svg+xml"_s
                             << u"unsupported_media_type"_s;
        QTest::newRow("png sent as jpeg") << png << u"image/jpeg"_s << u"image_type_mismatch"_s;
        QTest::newRow("truncated png")
            << png.left(png.size() - 10) << u"image/png"_s << u"corrupt_image"_s;
        QByteArray flipped = png;
        flipped[40] = char(flipped[40] ^ 0x55);
        QTest::newRow("png bit flip") << flipped << u"image/png"_s << u"corrupt_image"_s;
        QTest::newRow("png header only") << png.left(8) << u"image/png"_s << u"corrupt_image"_s;
        const QByteArray jpeg = samples::jpeg(10, 10);
        QTest::newRow("truncated jpeg")
            << jpeg.left(jpeg.size() - 2) << u"image/jpeg"_s << u"corrupt_image"_s;
        QTest::newRow("jpeg without frame")
            << QByteArray("\xFF\xD8\xFF\xD9", 4) << u"image/jpeg"_s << u"corrupt_image"_s;
        QTest::newRow("webp bad length") << QByteArray("RIFF\xFF\xFF\x00\x00WEBPVP8L", 16)
                                         << u"image/webp"_s << u"corrupt_image"_s;
        QTest::newRow("zero width")
            << samples::png(0, 5) << u"image/png"_s << u"invalid_image_dimensions"_s;
        QTest::newRow("too wide") << samples::jpeg(ContentImage::maxSide + 1, 10) << u"image/jpeg"_s
                                  << u"invalid_image_dimensions"_s;
        QTest::newRow("oversized") << QByteArray(ContentImage::maxBytes + 1, 'x') << u"image/png"_s
                                   << u"image_too_large"_s;
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        QFETCH(QString, code);
        auto info = ContentImage::inspect(bytes, type);
        QVERIFY(!info);
        QCOMPARE(info.error().code, code);
        QVERIFY(!info.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentImage)
#include "tst_content_image.moc"
