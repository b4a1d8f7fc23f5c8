#include "care/customerprofileeditor.h"
#include "domain/care/customerprofile.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

care::CustomerProfile profileFrom(const QJsonObject &fields)
{
    QJsonObject object{
        {u"id"_s, 7}, {u"name"_s, u"Gone Away"_s}, {u"email"_s, u"gone@example.com"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    auto profile = care::CustomerProfile::fromJson(object);
    if (!profile)
        qFatal("%s", qPrintable(profile.error().message));
    return *profile;
}

} // namespace

// The customer screen marks an address mail came back undelivered from, as the server's
// Customer object says (email_failed_at, email_failure), and drops the mark once it is gone.
class TestMailboxBounce : public QObject
{
    Q_OBJECT
private slots:
    void markFollowsTheCustomer_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<bool>("failing");
        QTest::addRow("working address") << QJsonObject{} << false;
        QTest::addRow("working address, nulls")
            << QJsonObject{{u"email_failed_at"_s, QJsonValue::Null},
                           {u"email_failure"_s, QJsonValue::Null}}
            << false;
        QTest::addRow("bounced") << QJsonObject{{u"email_failed_at"_s, u"2026-12-01T09:30:00Z"_s},
                                                {u"email_failure"_s,
                                                 u"Undelivered Mail Returned to Sender"_s}}
                                 << true;
    }
    void markFollowsTheCustomer()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(bool, failing);
        ui::CustomerProfileEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setProfile(profileFrom(fields));
        QLabel *mark = editor.findChild<QLabel *>(u"profileEmailFailing"_s);
        QVERIFY(mark);
        QCOMPARE(mark, editor.emailFailingMark());
        QCOMPARE(mark->isVisible(), failing);
        QCOMPARE(editor.emailField()->text(), u"gone@example.com"_s);
        if (failing) {
            QVERIFY(mark->text().contains(u"Address failing"_s));
            QCOMPARE(mark->toolTip(), u"Undelivered Mail Returned to Sender"_s);
            QVERIFY(!mark->accessibleName().isEmpty());
        }
        // The next customer shown, or this one after a new address was saved, works again.
        editor.setProfile(profileFrom({}));
        QVERIFY(!mark->isVisible());
        QVERIFY(mark->text().isEmpty());
        // The mark is the server's: it never goes into a save.
        QVERIFY(!editor.profile().toPatch().contains(u"email_failed_at"_s));
        QVERIFY(!editor.profile().toPatch().contains(u"email_failure"_s));
    }
};

QTEST_MAIN(TestMailboxBounce)
#include "tst_mailboxbounce.moc"
