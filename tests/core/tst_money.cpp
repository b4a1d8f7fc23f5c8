#include "domain/money.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shopdesk::Currency;
using shopdesk::Money;

namespace {
Money eur(qint64 minor)
{
    return Money(minor, Currency::parse(u"EUR"_s).value());
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void currencyCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("decimals");
        QTest::addRow("EUR") << u"EUR"_s << true << 2;
        QTest::addRow("JPY") << u"JPY"_s << true << 0;
        QTest::addRow("KWD") << u"KWD"_s << true << 3;
        QTest::addRow("lower case") << u"eur"_s << false << 0;
        QTest::addRow("too short") << u"EU"_s << false << 0;
        QTest::addRow("too long") << u"EURO"_s << false << 0;
        QTest::addRow("digits") << u"E1R"_s << false << 0;
        QTest::addRow("empty") << QString() << false << 0;
    }
    void currencyCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(int, decimals);
        const auto currency = Currency::parse(code);
        QCOMPARE(currency.ok(), valid);
        if (valid)
            QCOMPARE(currency->decimals(), decimals);
        else
            QCOMPARE(currency.error().code, u"invalid_currency"_s);
    }

    void arithmetic()
    {
        QCOMPARE(eur(1999).plus(eur(1)).value(), eur(2000));
        QCOMPARE(eur(1999).minus(eur(2000)).value(), eur(-1));
        QCOMPARE(eur(1999).times(3).value(), eur(5997));
    }

    void mixingCurrenciesIsAnError()
    {
        const Money usd(100, Currency::parse(u"USD"_s).value());
        const auto sum = eur(100).plus(usd);
        QVERIFY(!sum.ok());
        QCOMPARE(sum.error().code, u"currency_mismatch"_s);
        QVERIFY(!eur(100).minus(usd).ok());
    }

    void overflowIsAnError()
    {
        const Money big = eur(std::numeric_limits<qint64>::max());
        QCOMPARE(big.plus(eur(1)).error().code, u"amount_out_of_range"_s);
        QCOMPARE(big.times(2).error().code, u"amount_out_of_range"_s);
        QCOMPARE(eur(std::numeric_limits<qint64>::min()).minus(eur(1)).error().code,
                 u"amount_out_of_range"_s);
    }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::addRow("de EUR") << u"de_DE"_s << qint64(123450) << u"EUR"_s << u"1.234,50\u00a0€"_s;
        QTest::addRow("en_US USD") << u"en_US"_s << qint64(123450) << u"USD"_s << u"$1,234.50"_s;
        QTest::addRow("en_US negative") << u"en_US"_s << qint64(-5) << u"USD"_s << u"($0.05)"_s;
        QTest::addRow("ja JPY") << u"ja_JP"_s << qint64(1500) << u"JPY"_s << u"￥1,500"_s;
        QTest::addRow("en KWD") << u"en_US"_s << qint64(1234) << u"KWD"_s << u"KWD1.234"_s;
        QTest::addRow("ar EUR") << u"ar_EG"_s << qint64(100) << u"EUR"_s
                                << u"\u0661\u066b\u0660\u0660\u00a0EUR"_s;
    }
    void format()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        const Money money(minor, Currency::parse(currency).value());
        QCOMPARE(money.format(QLocale(locale)), expected);
    }

    void formatUsesTheLocaleDigits()
    {
        const QString text = eur(150).format(QLocale(u"ar_EG"_s));
        QVERIFY2(text.contains(QChar(0x0661)), qPrintable(text)); // Arabic-Indic one
        QVERIFY(!text.contains(u'1'));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("error");
        QTest::addRow("plain") << u"en_US"_s << u"12.5"_s << u"EUR"_s << qint64(1250) << QString();
        QTest::addRow("whole") << u"en_US"_s << u"12"_s << u"EUR"_s << qint64(1200) << QString();
        QTest::addRow("grouped") << u"en_US"_s << u"1,234.56"_s << u"USD"_s << qint64(123456)
                                 << QString();
        QTest::addRow("de comma") << u"de_DE"_s << u"1.234,56 €"_s << u"EUR"_s << qint64(123456)
                                  << QString();
        QTest::addRow("code prefix")
            << u"en_US"_s << u"EUR 3.10"_s << u"EUR"_s << qint64(310) << QString();
        QTest::addRow("accounting")
            << u"en_US"_s << u"($1.50)"_s << u"USD"_s << qint64(-150) << QString();
        QTest::addRow("negative") << u"en_US"_s << u"-0.99"_s << u"EUR"_s << qint64(-99)
                                  << QString();
        QTest::addRow("yen") << u"en_US"_s << u"1500"_s << u"JPY"_s << qint64(1500) << QString();
        QTest::addRow("empty") << u"en_US"_s << u"  "_s << u"EUR"_s << qint64(0)
                               << u"invalid_amount"_s;
        QTest::addRow("letters") << u"en_US"_s << u"twelve"_s << u"EUR"_s << qint64(0)
                                 << u"invalid_amount"_s;
        QTest::addRow("three decimals")
            << u"en_US"_s << u"1.005"_s << u"EUR"_s << qint64(0) << u"too_many_decimals"_s;
        QTest::addRow("yen decimals")
            << u"en_US"_s << u"1.5"_s << u"JPY"_s << qint64(0) << u"too_many_decimals"_s;
        QTest::addRow("huge") << u"en_US"_s << u"99999999999999999999"_s << u"EUR"_s << qint64(0)
                              << u"invalid_amount"_s;
        QTest::addRow("overflow") << u"en_US"_s << u"999999999999999999"_s << u"EUR"_s << qint64(0)
                                  << u"amount_out_of_range"_s;
        QTest::addRow("two points")
            << u"en_US"_s << u"1.2.3"_s << u"EUR"_s << qint64(0) << u"too_many_decimals"_s;
    }
    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, error);
        const auto money = Money::parse(text, Currency::parse(currency).value(), QLocale(locale));
        if (error.isEmpty()) {
            QVERIFY2(money.ok(), qPrintable(money.error().message));
            QCOMPARE(money->amountMinor(), minor);
            QCOMPARE(money->currency().code(), currency);
        } else {
            QVERIFY(!money.ok());
            QCOMPARE(money.error().code, error);
            QVERIFY(!money.error().message.isEmpty());
        }
    }

    void formatThenParseRoundTrips()
    {
        for (const QString &name : {u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"hi_IN"_s, u"es_ES"_s}) {
            const QLocale locale(name);
            for (qint64 minor : {qint64(0), qint64(7), qint64(123456789), qint64(-4200)}) {
                const Money money = eur(minor);
                const auto back = Money::parse(money.format(locale), money.currency(), locale);
                QVERIFY2(back.ok(), qPrintable(name + u": "_s + money.format(locale)));
                QCOMPARE(back.value(), money);
            }
        }
    }

    void json()
    {
        const QJsonObject object = eur(1999).toJson();
        QCOMPARE(object.value(u"amount_minor"_s).toInteger(), 1999);
        QCOMPARE(object.value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(Money::fromJson(object).value(), eur(1999));

        QVERIFY(!Money::fromJson(QJsonObject{{u"amount_minor"_s, 1.5}, {u"currency"_s, u"EUR"_s}}));
        QVERIFY(
            !Money::fromJson(QJsonObject{{u"amount_minor"_s, u"1"_s}, {u"currency"_s, u"EUR"_s}}));
        QVERIFY(!Money::fromJson(QJsonObject{{u"amount_minor"_s, 1}, {u"currency"_s, u"eur"_s}}));
        QVERIFY(!Money::fromJson(QJsonObject{{u"amount_minor"_s, 1}}));
        QVERIFY(!Money::fromJson(
            QJsonObject{{u"amount_minor"_s, 1}, {u"currency"_s, u"EUR"_s}, {u"x"_s, 1}}));
        QCOMPARE(Money::fromJson(QJsonValue(3)).error().code, u"invalid_money"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
