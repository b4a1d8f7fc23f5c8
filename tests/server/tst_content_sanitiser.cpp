#include "domain/htmlsanitiser.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shopdesk::HtmlSanitiser;

// Editors' rich text is cut down to headings, paragraphs, lists, bold, italics and safe links;
// everything that could run script or restyle the shop's page goes.
class TestContentSanitiser : public QObject
{
    Q_OBJECT
private slots:
    void sanitise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &in, const QString &out) {
            QTest::newRow(name) << in << out;
        };
        row("kept markup",
            u"<h2>Steel</h2><p>A <b>sharp</b> <i>knife</i>, <strong>forged</strong> and "
            "<em>honed</em>.<br/>Twice.</p><ul><li>one</li></ul><ol><li>two</li></ol>"_s,
            u"<h2>Steel</h2><p>A <b>sharp</b> <i>knife</i>, <strong>forged</strong> and "
            "<em>honed</em>.<br>Twice.</p><ul><li>one</li></ul><ol><li>two</li></ol>"_s);
        row("plain text escaped", u"5 < 6 & 7 > 3 \"q\""_s,
            u"5 &lt; 6 &amp; 7 &gt; 3 &quot;q&quot;"_s);
        row("script dropped with content", u"<p>a</p><script>alert(1)</script><p>b</p>"_s,
            u"<p>a</p><p>b</p>"_s);
        row("script in odd case", u"<ScRiPt type=x>alert(1)</sCrIpT >ok"_s, u"ok"_s);
        row("unclosed script eats the rest", u"ok<script>alert(1)"_s, u"ok"_s);
        row("nested script text", u"<script><script>x</script>y"_s, u"y"_s);
        row("style dropped", u"<style>p{color:red}</style><p>x</p>"_s, u"<p>x</p>"_s);
        row("iframe dropped", u"<iframe src=\"https://evil\">fallback</iframe>x"_s, u"x"_s);
        row("svg with onload dropped", u"<svg onload=alert(1)><circle/></svg>x"_s, u"x"_s);
        row("event attributes dropped", u"<p onclick=\"alert(1)\" onmouseover='x'>hi</p>"_s,
            u"<p>hi</p>"_s);
        row("event on img (unknown tag) dropped", u"<img src=x onerror=alert(1)>after"_s,
            u"after"_s);
        row("style attribute dropped", u"<p style=\"position:fixed\">x</p>"_s, u"<p>x</p>"_s);
        row("https link kept", u"<a href=\"https://shop.example/a?b=1&amp;c=2\">x</a>"_s,
            u"<a href=\"https://shop.example/a?b=1&amp;c=2\">x</a>"_s);
        row("mailto link kept", u"<a href='mailto:help@shop.example'>mail</a>"_s,
            u"<a href=\"mailto:help@shop.example\">mail</a>"_s);
        row("javascript link dropped", u"<a href=\"javascript:alert(1)\">x</a>"_s, u"<a>x</a>"_s);
        row("javascript with entities", u"<a href=\"jav&#x61;script&colon;alert(1)\">x</a>"_s,
            u"<a>x</a>"_s);
        row("javascript with whitespace", u"<a href=\" java\tscript:alert(1)\">x</a>"_s,
            u"<a>x</a>"_s);
        row("data url dropped", u"<a href=\"data:text/html,<script>\">x</a>"_s, u"<a>x</a>"_s);
        row("relative link dropped", u"<a href=\"/account\">x</a>"_s, u"<a>x</a>"_s);
        row("link target and onclick dropped",
            u"<a href=\"http://a.example\" target=_blank onclick=x>x</a>"_s,
            u"<a href=\"http://a.example\">x</a>"_s);
        row("attribute breaking out", u"<a href=\"https://a.example/\"onmouseover=\"x\">y</a>"_s,
            u"<a href=\"https://a.example/\">y</a>"_s);
        row("quote in href escaped", u"<a href='https://a.example/\"><script>'>y</a>"_s,
            u"<a>y</a>"_s);
        row("comment dropped", u"a<!-- <script>alert(1)</script> -->b"_s, u"ab"_s);
        row("conditional comment", u"a<!--[if IE]><script>x</script><![endif]-->b"_s, u"ab"_s);
        row("doctype dropped", u"<!DOCTYPE html><p>x</p>"_s, u"<p>x</p>"_s);
        row("unknown tags keep text", u"<div><span class=x>hi</span></div>"_s, u"hi"_s);
        row("unclosed tags closed", u"<p><b>bold"_s, u"<p><b>bold</b></p>"_s);
        row("stray closing tags ignored", u"</p>x</b>"_s, u"x"_s);
        row("misnested closed in order", u"<b><i>x</b>y</i>"_s, u"<b><i>x</i></b>y"_s);
        row("lone less-than", u"a < b <3"_s, u"a &lt; b &lt;3"_s);
        row("entity in text", u"caf&eacute; &amp; &#233; &#x3C;script&#x3E;"_s,
            u"caf&amp;eacute; &amp; é &lt;script&gt;"_s);
        row("encoded tag stays text", u"&lt;script&gt;alert(1)&lt;/script&gt;"_s,
            u"&lt;script&gt;alert(1)&lt;/script&gt;"_s);
        row("unterminated tag", u"x<p onclick=\"y"_s, u"x"_s);
        row("nul byte", u"a"_s + QChar(0) + u"b"_s, u"ab"_s);
        row("empty", QString(), QString());
        row("nesting capped", u"<b>"_s.repeated(100) + u"x"_s,
            u"<b>"_s.repeated(64) + u"x"_s + u"</b>"_s.repeated(64));
    }
    void sanitise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString once = HtmlSanitiser::sanitise(input);
        QCOMPARE(once, expected);
        // Sanitised text passes again unchanged.
        QCOMPARE(HtmlSanitiser::sanitise(once), once);
        QVERIFY(!once.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!once.contains(u" on"_s + u"click="_s, Qt::CaseInsensitive));
    }

    void hostileSizeStaysFast()
    {
        // 100,000 characters of unbalanced tags: sanitised in well under a second.
        const QString input = u"<b>"_s.repeated(17000) + u"</i>"_s.repeated(12000);
        QElapsedTimer timer;
        timer.start();
        const QString out = HtmlSanitiser::sanitise(input);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(out, u"<b>"_s.repeated(64) + u"</b>"_s.repeated(64));
    }
};

QTEST_GUILESS_MAIN(TestContentSanitiser)
#include "tst_content_sanitiser.moc"
