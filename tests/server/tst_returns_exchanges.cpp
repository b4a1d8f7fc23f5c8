#include "returnssuite.h"

#include "testpython.h"

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

QString textPart(const QJsonObject &parsed)
{
    for (const QJsonValue &part : parsed[u"parts"_s].toArray()) {
        if (part[u"content_type"_s].toString() == u"text/plain"_s)
            return part[u"content"_s].toString();
    }
    return {};
}

} // namespace

// Exchanges and the customer's mails on a real server: a replacement order reserved all or
// nothing and only for goods of the same price; the return's instructions and receipt reach
// the customer in their language and stand on their timeline.
class TestReturnExchanges : public ReturnsSuite
{
    Q_OBJECT
private slots:
    void initTestCase() { startShop(); }
    void cleanupTestCase() { stopShop(); }

    void exchangeReservesAllOrNothing()
    {
        QVERIFY(m_shop->addProduct(u"RARE-1"_s, 900, 1));
        const qint64 order = shippedOrder({{u"RARE-1"_s, 1}, {u"TEE-S"_s, 2}});
        QVERIFY(order > 0);
        const qint64 id = approvedReturn(order, {{u"RARE-1"_s, 1}, {u"TEE-S"_s, 2}});
        QVERIFY(id > 0);
        // No RARE-1 on hand: nothing is reserved, no order made.
        const qint64 tees = m_shop->available(u"TEE-S"_s);
        const int orders =
            agent().get(u"/api/v1/orders?limit=1000"_s).json()[u"items"_s].toArray().size();
        const QString path = u"/api/v1/returns/%1/exchange"_s.arg(id);
        const HttpReply short_ = agent().post(path, {});
        QCOMPARE(short_.status, 409);
        QCOMPARE(short_.errorCode(), u"insufficient_stock"_s);
        QCOMPARE(short_.json()[u"error"_s][u"details"_s][u"sku"_s].toString(), u"RARE-1"_s);
        QCOMPARE(m_shop->available(u"TEE-S"_s), tees);
        QCOMPARE(agent().get(u"/api/v1/orders?limit=1000"_s).json()[u"items"_s].toArray().size(),
                 orders);
        QVERIFY(returnOf(id)[u"exchange_order_id"_s].isNull());

        // A size swap at the same price is fine; a dearer size is not.
        const HttpReply dearer = agent().post(path, {{u"lines"_s, lines({{u"TEE-XL"_s, 2}})}});
        QCOMPARE(dearer.status, 422);
        QCOMPARE(dearer.errorCode(), u"exchange_not_equivalent"_s);
        const HttpReply swapped = agent().post(path, {{u"lines"_s, lines({{u"TEE-M"_s, 2}})}});
        QCOMPARE(swapped.status, 201);
        const QJsonObject replacement = swapped.json()[u"order"_s].toObject();
        QCOMPARE(replacement[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(replacement[u"payment_reference"_s].toString(), u"return R-%1"_s.arg(id));
        QCOMPARE(replacement[u"exchange_for_return"_s].toInteger(), id);
        QCOMPARE(replacement[u"lines"_s][0][u"sku"_s].toString(), u"TEE-M"_s);
        QCOMPARE(swapped.json()[u"return"_s][u"exchange_order_id"_s].toInteger(),
                 replacement[u"id"_s].toInteger());
        QCOMPARE(m_shop->available(u"TEE-S"_s), tees);
        const HttpReply second = agent().post(path, {});
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), u"already_exchanged"_s);
    }

    void mailsReachTheCustomerInTheirLanguage()
    {
        const qint64 order = shippedOrder({{u"MUG-1"_s, 1}});
        QVERIFY(order > 0);
        const qint64 id = approvedReturn(order, {{u"MUG-1"_s, 1}});
        QVERIFY(id > 0);
        // Earlier returns' mails may still be arriving: wait for this one's instructions.
        const auto instructionsMail = [&] {
            for (const QByteArray &raw : m_sink->messages()) {
                const QJsonObject parsed = TestPython::parseMail(raw);
                if (parsed[u"headers"_s][u"x-shopdesk-return"_s].toString() == u"R-%1"_s.arg(id))
                    return parsed;
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!instructionsMail().isEmpty(), 20000);
        const QJsonObject instructions = instructionsMail();
        QCOMPARE(instructions[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(instructions[u"to_addresses"_s][0][u"address"_s].toString(),
                 u"juergen@example.de"_s);
        QCOMPARE(instructions[u"headers"_s][u"subject"_s].toString(),
                 u"Ihre Rücksendung R-%1: so senden Sie sie zurück"_s.arg(id));
        const QString text = textPart(instructions);
        QVERIFY2(text.contains(u"Hallo Jürgen Weiß,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Hafenstraße 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 × "_s), qPrintable(text));

        QCOMPARE(warehouse()
                     .post(u"/api/v1/returns/%1/receipt"_s.arg(id),
                           {{u"lines"_s,
                             QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"restock"_s, 1}}}}})
                     .status,
                 200);
        // Mails leave in no promised order: find the confirmation of receipt by its subject.
        const QString receivedSubject = u"Wir haben Ihre Rücksendung R-%1 erhalten"_s.arg(id);
        const auto receivedMail = [&] {
            for (const QByteArray &raw : m_sink->messages()) {
                const QJsonObject parsed = TestPython::parseMail(raw);
                if (parsed[u"headers"_s][u"subject"_s].toString() == receivedSubject)
                    return parsed;
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!receivedMail().isEmpty(), 20000);
        QCOMPARE(receivedMail()[u"headers"_s][u"x-shopdesk-return"_s].toString(),
                 u"R-%1"_s.arg(id));

        // Both are on the customer's timeline, with the return itself.
        const QJsonArray timeline =
            agent()
                .get(u"/api/v1/customers/%1/timeline?limit=200"_s.arg(m_customer))
                .json()[u"items"_s]
                .toArray();
        QStringList kinds;
        for (const QJsonValue &item : timeline) {
            if (item[u"order_id"_s].toInteger() == order)
                kinds.append(item[u"kind"_s].toString() + u':' + item[u"mail_kind"_s].toString());
        }
        QVERIFY2(kinds.contains(u"return:"_s), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"mail_sent:return_instructions"_s), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"mail_sent:return_received"_s), qPrintable(kinds.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestReturnExchanges)
#include "tst_returns_exchanges.moc"
