#include "domain/inbox/orderproposal.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::inbox;

namespace {

const QList<CatalogueItem> catalogue = {
    {u"MUG-01"_s, u"Stoneware mug"_s},
    {u"CUP-02"_s, u"Espresso cup"_s},
    {u"TEE-RED-M"_s, u"T-shirt red, M"_s},
    {u"TEA_100"_s, u"Green tea 100 g"_s},
    {u"BAG7"_s, u"Tote bag"_s},
    {u"PEN.BLUE"_s, u"Fountain pen, blue"_s},
};

// "SKU:quantity" per proposed line, in order.
QStringList describe(const OrderProposal &proposal)
{
    QStringList lines;
    for (const ProposedLine &line : proposal.lines())
        lines.append(line.sku + u':' + QString::number(line.quantity));
    return lines;
}

} // namespace

class TestOrderProposal : public QObject
{
    Q_OBJECT
private slots:
    void messages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("unknown");

        QTest::addRow("times before") << u"Hi, please send 2x MUG-01. Thanks!"_s
                                      << QStringList{u"MUG-01:2"_s} << QStringList{};
        QTest::addRow("times after") << u"MUG-01 x 3\nCUP-02 x 1"_s
                                     << QStringList{u"MUG-01:3"_s, u"CUP-02:1"_s} << QStringList{};
        QTest::addRow("multiplication sign, lower case")
            << u"Could I get 3 × mug-01 please"_s << QStringList{u"MUG-01:3"_s} << QStringList{};
        QTest::addRow("qty after comma")
            << u"MUG-01, qty 2\nCUP-02, qty: 4"_s << QStringList{u"MUG-01:2"_s, u"CUP-02:4"_s}
            << QStringList{};
        QTest::addRow("english number word")
            << u"Hello! I'd like two MUG-01 and a CUP-02 for my mum."_s
            << QStringList{u"MUG-01:2"_s, u"CUP-02:1"_s} << QStringList{};
        QTest::addRow("sku alone") << u"Do you still have TEE-RED-M? Then I'll take it."_s
                                   << QStringList{u"TEE-RED-M:1"_s} << QStringList{};
        QTest::addRow("german order mail")
            << u"Sehr geehrte Damen und Herren,\n\nhiermit bestelle ich:\n"
               "- zwei Stück MUG-01\n- CUP-02, Menge: 6\n- 1x TEA_100\n\n"
               "Mit freundlichen Grüßen\nAnna Schröder\nTel. +49 170 1234567"_s
            << QStringList{u"MUG-01:2"_s, u"CUP-02:6"_s, u"TEA_100:1"_s} << QStringList{};
        QTest::addRow("spanish order mail")
            << u"Hola,\nquisiera pedir tres unidades de MUG-01 y CUP-02 x 2.\n"
               "También dos TEA_100, por favor.\nSaludos,\nJavier"_s
            << QStringList{u"MUG-01:3"_s, u"CUP-02:2"_s, u"TEA_100:2"_s} << QStringList{};
        QTest::addRow("spanish cantidad") << u"Pedido: PEN.BLUE (cantidad 12)"_s
                                          << QStringList{u"PEN.BLUE:12"_s} << QStringList{};
        QTest::addRow("signature phone number is no quantity")
            << u"Please add MUG-01 to my order.\n\nBest,\nTom Baker\nMobile 0171 2345678 MUG"_s
            << QStringList{u"MUG-01:1"_s} << QStringList{};
        QTest::addRow("phone number on the sku's line")
            << u"MUG-01 - call me back on +34 612 345 678"_s << QStringList{u"MUG-01:1"_s}
            << QStringList{};
        QTest::addRow("order number is no sku and no quantity")
            << u"About order 10423: I'd also like CUP-02. My order 1042 MUG-01 arrived broken."_s
            << QStringList{u"CUP-02:1"_s, u"MUG-01:1"_s} << QStringList{};
        QTest::addRow("order reference looks like a sku")
            << u"Re: Bestellung SD-2026-0815\nBitte noch 4 Stk MUG-01 dazu."_s
            << QStringList{u"MUG-01:4"_s} << QStringList{u"SD-2026-0815"_s};
        QTest::addRow("unknown sku reported, never a line")
            << u"3x MUG-02 and 2x CUP-02 please"_s << QStringList{u"CUP-02:2"_s}
            << QStringList{u"MUG-02"_s};
        QTest::addRow("mentions merged")
            << u"2x MUG-01 for me, and 1x MUG-01 for my sister. MUG-01 in blue if you can."_s
            << QStringList{u"MUG-01:3"_s} << QStringList{};
        QTest::addRow("bare mentions count once")
            << u"Is MUG-01 dishwasher safe? If so I want MUG-01."_s << QStringList{u"MUG-01:1"_s}
            << QStringList{};
        QTest::addRow("quoted reply not read again")
            << u"Yes, please add one BAG7 as well.\n\nOn Mon, 7 Dec 2026, Shop wrote:\n"
               "> You ordered 2x MUG-01.\n"_s
            << QStringList{u"BAG7:1"_s} << QStringList{};
        QTest::addRow("quote marks without header") << u"> 5x CUP-02\nMake that 6x CUP-02 please"_s
                                                    << QStringList{u"CUP-02:6"_s} << QStringList{};
        QTest::addRow("price is no quantity") << u"MUG-01: 12,90 € is fine, I take it"_s
                                              << QStringList{u"MUG-01:1"_s} << QStringList{};
        QTest::addRow("colon quantity")
            << u"MUG-01: 2\nCUP-02: 3"_s << QStringList{u"MUG-01:2"_s, u"CUP-02:3"_s}
            << QStringList{};
        QTest::addRow("stronger reading wins")
            << u"MUG-01 2x CUP-02"_s << QStringList{u"MUG-01:1"_s, u"CUP-02:2"_s} << QStringList{};
        QTest::addRow("hindi chat") << u"नमस्ते, मुझे दो MUG-01 और CUP-02 x 3 चाहिए।"_s
                                    << QStringList{u"MUG-01:2"_s, u"CUP-02:3"_s} << QStringList{};
        QTest::addRow("hindi digits")
            << u"कृपया ३ x TEA_100 भेजें"_s << QStringList{u"TEA_100:3"_s} << QStringList{};
        QTest::addRow("arabic chat") << u"مرحبا، أريد ثلاثة MUG-01 و CUP-02 الكمية 2 من فضلك"_s
                                     << QStringList{u"MUG-01:3"_s, u"CUP-02:2"_s} << QStringList{};
        QTest::addRow("arabic-indic digits")
            << u"أرجو إرسال ٤ x BAG7"_s << QStringList{u"BAG7:4"_s} << QStringList{};
        QTest::addRow("twelve and a dozen")
            << u"twelve PEN.BLUE and zwölf TEA_100"_s
            << QStringList{u"PEN.BLUE:12"_s, u"TEA_100:12"_s} << QStringList{};
        QTest::addRow("sku at sentence end")
            << u"I'll take CUP-02."_s << QStringList{u"CUP-02:1"_s} << QStringList{};
        QTest::addRow("email and link are not read")
            << u"Write to mug-01@example.com or see https://shop.example/p/MUG-01 - no order."_s
            << QStringList{} << QStringList{};
        QTest::addRow("no skus at all")
            << u"Where is my parcel? It has been 10 days. Tracking DHL 00340434161234567890."_s
            << QStringList{} << QStringList{};
        QTest::addRow("signature with iban after separator")
            << u"1 x BAG7\n-- \nKarl Weber GmbH, IBAN DE89370400440532013000, HRB-12345"_s
            << QStringList{u"BAG7:1"_s} << QStringList{};
        QTest::addRow("zero is no quantity")
            << u"0x MUG-01"_s << QStringList{u"MUG-01:1"_s} << QStringList{};
    }
    void messages()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, unknown);
        const OrderProposal proposal = OrderProposal::fromText(text, catalogue);
        QCOMPARE(describe(proposal), lines);
        QCOMPARE(proposal.unknownSkus(), unknown);
    }

    void lineCarriesNameAndMentions()
    {
        const OrderProposal proposal =
            OrderProposal::fromText(u"2x mug-01 and later MUG-01 x 1"_s, catalogue);
        QCOMPARE(proposal.lines().size(), 1);
        const ProposedLine &line = proposal.lines().first();
        QCOMPARE(line.sku, u"MUG-01"_s);
        QCOMPARE(line.name, u"Stoneware mug"_s);
        QCOMPARE(line.quantity, 3);
        QCOMPARE(line.mentions, (QStringList{u"2x mug-01"_s, u"MUG-01 x 1"_s}));
    }

    void emptyCatalogueProposesNothing()
    {
        const OrderProposal proposal = OrderProposal::fromText(u"2x MUG-01"_s, {});
        QVERIFY(proposal.lines().isEmpty());
        QCOMPARE(proposal.unknownSkus(), QStringList{u"MUG-01"_s});
    }

    void skuShapes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("sku");
        QTest::addRow("dashed") << u"MUG-01"_s << true;
        QTest::addRow("capitals") << u"MUG01"_s << true;
        QTest::addRow("underscore") << u"tea_100"_s << true;
        QTest::addRow("plain word") << u"mug"_s << false;
        QTest::addRow("format name") << u"mp3"_s << false;
        QTest::addRow("number") << u"10423"_s << false;
        QTest::addRow("quantity") << u"2x"_s << false;
        QTest::addRow("one letter") << u"D-80331"_s << false;
        QTest::addRow("iban") << u"DE89370400440532013000"_s << false;
    }
    void skuShapes()
    {
        QFETCH(QString, word);
        QFETCH(bool, sku);
        QCOMPARE(OrderProposal::looksLikeSku(word), sku);
    }
};

QTEST_GUILESS_MAIN(TestOrderProposal)
#include "tst_orderproposal.moc"
