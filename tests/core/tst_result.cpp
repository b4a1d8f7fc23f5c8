#include "domain/result.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shopdesk::Error;
using shopdesk::Result;

namespace {
Result<int> half(int value)
{
    if (value % 2)
        return Result<int>::failure(u"odd"_s, u"%1 is odd"_s.arg(value), {{u"value"_s, value}});
    return value / 2;
}
} // namespace

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void value()
    {
        const auto r = half(8);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 4);
        QCOMPARE(*r, 4);
        QCOMPARE(r.valueOr(-1), 4);
    }
    void error()
    {
        const auto r = half(3);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"odd"_s);
        QCOMPARE(r.error().message, u"3 is odd"_s);
        QCOMPARE(r.error().details.value(u"value"_s).toInt(), 3);
        QCOMPARE(r.valueOr(-1), -1);
    }
    void voidResult()
    {
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> bad = Result<void>::failure(u"no"_s, u"refused"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), (Error{u"no"_s, u"refused"_s, {}}));
    }
    void moveOnlyValues()
    {
        Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 7);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
