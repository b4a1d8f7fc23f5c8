#include "domain/returns/payment.h"
#include "domain/returns/paymentbalance.h"
#include "domain/returns/paymentsignature.h"
#include "domain/returns/refund.h"

#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::returns;

namespace {

Money eur(qint64 minor)
{
    return Money::create(minor, u"EUR"_s).value();
}

} // namespace

// The money of payments and refunds in minor units, and the provider signature check.
class TestPaymentMoney : public QObject
{
    Q_OBJECT
private slots:
    void balance_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("outstanding");
        QTest::addColumn<bool>("covered");
        QTest::addRow("unpaid") << 5000LL << 0LL << 0LL << 5000LL << 5000LL << false;
        QTest::addRow("partly paid") << 5000LL << 2000LL << 0LL << 3000LL << 3000LL << false;
        QTest::addRow("paid") << 5000LL << 5000LL << 0LL << 0LL << 0LL << true;
        QTest::addRow("charged twice") << 5000LL << 10000LL << 0LL << -5000LL << 0LL << true;
        QTest::addRow("double charge refunded")
            << 5000LL << 10000LL << 5000LL << 0LL << 0LL << true;
        QTest::addRow("line refunded") << 5000LL << 5000LL << 2500LL << 2500LL << 0LL << true;
    }

    void balance()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, paid);
        QFETCH(qint64, refunded);
        QFETCH(qint64, balance);
        QFETCH(qint64, outstanding);
        QFETCH(bool, covered);
        const PaymentBalance b(eur(total), eur(paid), eur(refunded));
        QCOMPARE(b.balance().value(), eur(balance));
        QCOMPARE(b.outstanding(), eur(outstanding));
        QCOMPARE(b.covered(), covered);
        QCOMPARE(b.refundable().value(), eur(paid - refunded));
    }

    void surplusCountsDoubleChargesRefunded()
    {
        const PaymentBalance b(eur(5000), eur(12000), eur(0));
        QCOMPARE(b.surplus(eur(0)), eur(7000));
        QCOMPARE(b.surplus(eur(5000)), eur(2000));
        QCOMPARE(b.surplus(eur(9000)), eur(0));
        QCOMPARE(PaymentBalance(eur(5000), eur(3000), eur(0)).surplus(eur(0)), eur(0));
    }

    void refundAmount()
    {
        const auto amount =
            PaymentBalance::refundAmount({{2, eur(1999)}, {1, eur(450)}}, eur(495), eur(100));
        QVERIFY(amount);
        QCOMPARE(amount.value(), eur(2 * 1999 + 450 + 495 + 100));
        QCOMPARE(PaymentBalance::refundAmount({}, eur(0), eur(0)).value(), eur(0));
    }

    void refundAmountRefuses_data()
    {
        QTest::addColumn<qint64>("units");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("shipping");
        QTest::addColumn<QString>("code");
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::addRow("negative shipping") << 1LL << 100LL << -1LL << u"invalid_amount"_s;
        QTest::addRow("negative units") << -1LL << 100LL << 0LL << u"invalid_amount"_s;
        QTest::addRow("overflow") << 3LL << max / 2 << 0LL << u"amount_out_of_range"_s;
    }

    void refundAmountRefuses()
    {
        QFETCH(qint64, units);
        QFETCH(qint64, price);
        QFETCH(qint64, shipping);
        QFETCH(QString, code);
        const auto amount =
            PaymentBalance::refundAmount({{units, eur(price)}}, eur(shipping), eur(0));
        QVERIFY(!amount);
        QCOMPARE(amount.error().code, code);
    }

    void mixedCurrenciesAreRefused()
    {
        const Money usd = Money::create(100, u"USD"_s).value();
        QVERIFY(!PaymentBalance::refundAmount({{1, usd}}, eur(0), eur(0)));
    }

    void signature_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("code"); // empty: accepted
        const QByteArray secret = "whsec_0123456789abcdef";
        const QByteArray body = R"({"event_id":"evt_1","type":"payment"})";
        const qint64 t = 1796000000;
        const QByteArray good = PaymentSignature::header(secret, t, body);
        QTest::addRow("valid") << good << body << t << QString();
        QTest::addRow("valid, 5 minutes late") << good << body << t + 300 << QString();
        QTest::addRow("valid, 5 minutes early") << good << body << t - 300 << QString();
        QTest::addRow("too old") << good << body << t + 301 << u"signature_expired"_s;
        QTest::addRow("from the future") << good << body << t - 301 << u"signature_expired"_s;
        QTest::addRow("other body")
            << good << QByteArray(R"({"event_id":"evt_2"})") << t << u"invalid_signature"_s;
        QTest::addRow("other secret") << PaymentSignature::header("another-secret-1234", t, body)
                                      << body << t << u"invalid_signature"_s;
        QTest::addRow("timestamp moved")
            << QByteArray("t=" + QByteArray::number(t + 1) + "," + good.mid(good.indexOf(',') + 1))
            << body << t << u"invalid_signature"_s;
        QTest::addRow("second v1 matches")
            << QByteArray("t=" + QByteArray::number(t) + ",v1=00ff," +
                          good.mid(good.indexOf(',') + 1))
            << body << t << QString();
        QTest::addRow("upper-case hex")
            << good.toUpper().replace("T=", "t=").replace("V1=", "v1=") << body << t << QString();
        QTest::addRow("empty") << QByteArray() << body << t << u"invalid_signature_header"_s;
        QTest::addRow("no v1") << QByteArray("t=1796000000") << body << t
                               << u"invalid_signature_header"_s;
        QTest::addRow("t not a number")
            << QByteArray("t=soon,v1=abcd") << body << t << u"invalid_signature_header"_s;
    }

    void signature()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(qint64, now);
        QFETCH(QString, code);
        const auto checked = PaymentSignature::verify("whsec_0123456789abcdef", header, body, now);
        if (code.isEmpty())
            QVERIFY2(checked, qPrintable(checked.error().message));
        else
            QCOMPARE(checked.error().code, code);
    }

    void knownSignature()
    {
        // The same as `printf '%s' '1796000000.{}' | openssl dgst -sha256 -hmac key`.
        QCOMPARE(PaymentSignature::sign("key", 1796000000, "{}"),
                 QByteArray("be3030cc046098539614b2d7d21d07b1a0ed0e21b158fd1f25969485b8f6f747"));
    }

    void paymentJsonRoundTrip()
    {
        Payment payment;
        payment.id = 7;
        payment.orderId = 42;
        payment.method = u"store_credit"_s;
        payment.amount = eur(1250);
        payment.provider = u"acmepay"_s;
        payment.reference = u"ch_1"_s;
        payment.eventId = u"evt_1"_s;
        payment.receivedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        payment.recordedBy = u"agent"_s;
        const auto read = Payment::fromJson(payment.toJson());
        QVERIFY(read);
        QCOMPARE(read->toJson(), payment.toJson());
        QVERIFY(Payment::methods().contains(u"store_credit"_s));
        QVERIFY(!Payment::fromJson(QJsonObject{{u"id"_s, 1},
                                               {u"order_id"_s, 1},
                                               {u"method"_s, u"cheque"_s},
                                               {u"amount"_s, eur(1).toJson()}}));
    }

    void refundWords()
    {
        for (RefundStatus status :
             {RefundStatus::PendingApproval, RefundStatus::Issued, RefundStatus::Rejected})
            QCOMPARE(parseRefundStatus(refundStatusName(status)).value(), status);
        QCOMPARE(parseRefundDestination(u"store_credit"_s).value(), RefundDestination::StoreCredit);
        QCOMPARE(parseRefundDestination(u"cash"_s).error().code, u"unknown_destination"_s);
    }
};

QTEST_GUILESS_MAIN(TestPaymentMoney)
#include "tst_paymentmoney.moc"
