#include "domain/care/ticket.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::care;

Q_DECLARE_METATYPE(shopdesk::care::TicketStatus)

namespace {

// The status rule as docs/api.md words it, written out apart from the code under test.
bool expected(const QString &from, const QString &to)
{
    if (from == to || to == u"new"_s)
        return false;
    if (from == u"resolved"_s || from == u"closed"_s)
        return to == u"open"_s || to == u"closed"_s;
    return true;
}

} // namespace

class TestTicket : public QObject
{
    Q_OBJECT
private slots:
    void wordsRoundTrip()
    {
        for (TicketKind kind : allTicketKinds())
            QCOMPARE(parseTicketKind(ticketKindName(kind)).value(), kind);
        for (TicketPriority priority : allTicketPriorities())
            QCOMPARE(parseTicketPriority(ticketPriorityName(priority)).value(), priority);
        for (TicketStatus status : allTicketStatuses())
            QCOMPARE(parseTicketStatus(ticketStatusName(status)).value(), status);
        for (QaCause cause : allQaCauses())
            QCOMPARE(parseQaCause(qaCauseName(cause)).value(), cause);
        for (TicketChannel channel : allTicketChannels())
            QCOMPARE(parseTicketChannel(ticketChannelName(channel)).value(), channel);
        QCOMPARE(ticketKindName(TicketKind::PaymentProblem), u"payment_problem"_s);
        QCOMPARE(ticketStatusName(TicketStatus::WaitingOnThirdParty), u"waiting_on_third_party"_s);
        QVERIFY(!ticketKindText(TicketKind::Complaint).isEmpty());
        QVERIFY(!qaCauseText(QaCause::AgentError).isEmpty());
    }

    void unknownWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addRow("empty") << QString();
        QTest::addRow("capitalised") << u"Complaint"_s;
        QTest::addRow("spaced") << u"waiting on customer"_s;
    }
    void unknownWords()
    {
        QFETCH(QString, word);
        QCOMPARE(parseTicketKind(word).error().code, u"unknown_kind"_s);
        QCOMPARE(parseTicketPriority(word).error().code, u"unknown_priority"_s);
        QCOMPARE(parseTicketStatus(word).error().code, u"unknown_status"_s);
        QCOMPARE(parseQaCause(word).error().code, u"unknown_cause"_s);
        QCOMPARE(parseTicketChannel(word).error().code, u"unknown_channel"_s);
        QVERIFY(parseTicketStatus(word).error().message.contains(u"escalated"_s));
    }

    void statusChanges_data()
    {
        QTest::addColumn<TicketStatus>("from");
        QTest::addColumn<TicketStatus>("to");
        for (TicketStatus from : allTicketStatuses()) {
            for (TicketStatus to : allTicketStatuses()) {
                QTest::addRow("%s to %s", qPrintable(ticketStatusName(from)),
                              qPrintable(ticketStatusName(to)))
                    << from << to;
            }
        }
    }
    void statusChanges()
    {
        QFETCH(TicketStatus, from);
        QFETCH(TicketStatus, to);
        QCOMPARE(ticketAllowsStatus(from, to),
                 expected(ticketStatusName(from), ticketStatusName(to)));
    }

    void clocksAndMessages()
    {
        for (TicketStatus status : allTicketStatuses()) {
            const QString name = ticketStatusName(status);
            QCOMPARE(ticketStatusPausesClock(status), name.startsWith(u"waiting_on_"_s));
            QCOMPARE(ticketStatusIsDone(status), name == u"resolved"_s || name == u"closed"_s);
            QCOMPARE(ticketAcceptsMessages(status), name != u"closed"_s);
        }
    }
};

QTEST_APPLESS_MAIN(TestTicket)
#include "tst_ticket.moc"
