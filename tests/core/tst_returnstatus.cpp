// The rule of what a return allows, asked by the server before it writes and by the client
// before it offers a button; and the words of statuses and reasons, both ways.

#include "domain/returns/returnreason.h"
#include "domain/returns/returnstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::returns;

Q_DECLARE_METATYPE(ReturnStatus)
Q_DECLARE_METATYPE(ReturnAction)

class TestReturnStatus : public QObject
{
    Q_OBJECT

private slots:
    void everyActionAgainstEveryStatus_data()
    {
        QTest::addColumn<ReturnStatus>("status");
        QTest::addColumn<ReturnAction>("action");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<ReturnAction, const char *>> actions{
            {ReturnAction::Approve, "approve"},
            {ReturnAction::Reject, "reject"},
            {ReturnAction::Receive, "receive"},
            {ReturnAction::Cancel, "cancel"},
            {ReturnAction::Exchange, "exchange"}};
        // requested → approved | rejected | cancelled, approved → received | cancelled;
        // exchanges for approved and received returns.
        const QList<std::pair<ReturnStatus, QList<ReturnAction>>> allowed{
            {ReturnStatus::Requested,
             {ReturnAction::Approve, ReturnAction::Reject, ReturnAction::Cancel}},
            {ReturnStatus::Approved,
             {ReturnAction::Receive, ReturnAction::Cancel, ReturnAction::Exchange}},
            {ReturnStatus::Rejected, {}},
            {ReturnStatus::Received, {ReturnAction::Exchange}},
            {ReturnStatus::Cancelled, {}}};
        for (const auto &[status, permitted] : allowed) {
            for (const auto &[action, name] : actions) {
                QTest::addRow("%s %s", qPrintable(returnStatusName(status)), name)
                    << status << action << permitted.contains(action);
            }
        }
    }

    void everyActionAgainstEveryStatus()
    {
        QFETCH(ReturnStatus, status);
        QFETCH(ReturnAction, action);
        QFETCH(bool, allowed);
        QCOMPARE(returnAllows(status, action), allowed);
    }

    void wordsReadBack()
    {
        for (ReturnStatus status : allReturnStatuses()) {
            QCOMPARE(parseReturnStatus(returnStatusName(status)).value(), status);
            QVERIFY(!returnStatusText(status).isEmpty());
        }
        for (ReturnReason reason : allReturnReasons()) {
            QCOMPARE(parseReturnReason(returnReasonName(reason)).value(), reason);
            QVERIFY(!returnReasonText(reason).isEmpty());
        }
        QCOMPARE(parseReturnStatus(u"lost"_s).error().code, u"unknown_status"_s);
        QCOMPARE(parseReturnReason(u"bored"_s).error().code, u"unknown_reason"_s);
        QVERIFY(returnClaimsUnits(ReturnStatus::Received));
        QVERIFY(!returnClaimsUnits(ReturnStatus::Rejected));
        QVERIFY(!returnClaimsUnits(ReturnStatus::Cancelled));
    }
};

QTEST_GUILESS_MAIN(TestReturnStatus)
#include "tst_returnstatus.moc"
