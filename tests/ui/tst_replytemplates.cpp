#include "../client/clientfixture.h"

#include "common/language.h"
#include "common/messagebar.h"
#include "inbox/replytemplatesview.h"

#include "client/clientsession.h"
#include "client/inbox/replytemplatelistmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

namespace {

QStringList listedNames(const client::ReplyTemplateListModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->replyTemplate(row).name);
    return names;
}

} // namespace

// The reply templates' editor against a real server: a template written in two languages is
// saved and listed, a text with an unknown placeholder is refused with the placeholder named,
// and a template archived elsewhere leaves the list through the change log.
class TestReplyTemplatesUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_english;
    ClientShop m_shop;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        m_english.apply(u"en"_s, QLocale(QLocale::English, QLocale::Ireland));
        SHOPDESK_REQUIRE_BACKEND(m_shop.server());
        QVERIFY2(m_shop.start(), qPrintable(m_shop.server().output()));
    }

    void createInTwoLanguages()
    {
        auto session = test::openLiveSession(m_shop.url(), u"mia"_s);
        QVERIFY(session);
        ui::ReplyTemplatesView view(session.get());
        view.resize(1100, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.model()->isLoaded());
        QSignalSpy saved(&view, &ui::ReplyTemplatesView::saved);

        view.startNew();
        view.nameEdit()->setText(u"Where is my parcel"_s);
        QPlainTextEdit *english = view.textEdit(u"en"_s);
        view.languageTabs()->setCurrentWidget(english);
        english->setPlainText(u"Hello "_s);
        // The placeholder list inserts into the language shown.
        QListWidget *placeholders = view.placeholderList();
        const QList<QListWidgetItem *> firstName =
            placeholders->findItems(u"{first_name}"_s, Qt::MatchExactly);
        QCOMPARE(firstName.size(), 1);
        english->moveCursor(QTextCursor::End);
        emit placeholders->itemActivated(firstName.first());
        english->insertPlainText(u", your parcel is with {carrier}: {tracking_number}."_s);
        QCOMPARE(english->toPlainText(),
                 u"Hello {first_name}, your parcel is with {carrier}: {tracking_number}."_s);
        view.textEdit(u"de"_s)->setPlainText(
            u"Hallo {first_name}, Ihr Paket ist mit {carrier} unterwegs: {tracking_number}."_s);
        view.saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        QTRY_COMPARE(listedNames(view.model()), QStringList{u"Where is my parcel"_s});
        QCOMPARE(view.model()->replyTemplate(0).textLanguages(), (QStringList{u"de"_s, u"en"_s}));
        const QJsonArray stored =
            m_shop.admin().get(u"/api/v1/inbox/templates"_s).json()[u"items"_s].toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0][u"texts"_s].toArray().size(), 2);
        QCOMPARE(view.model()->data(view.model()->index(0, 1)).toString(), u"de, en"_s);

        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.showTemplate(view.model()->replyTemplate(0).id);
            view.languageTabs()->setCurrentWidget(view.textEdit(u"de"_s));
            QTest::qWait(300);
            QVERIFY(view.grab().save(QDir(dir).filePath(u"inbox-templates.png"_s)));
        }
    }

    void unknownPlaceholderIsShown()
    {
        auto session = test::openLiveSession(m_shop.url(), u"mia"_s);
        QVERIFY(session);
        ui::ReplyTemplatesView view(session.get());
        view.show();
        QTRY_VERIFY(view.model()->isLoaded());
        const int before = view.model()->rowCount();
        view.startNew();
        view.nameEdit()->setText(u"Payment reminder"_s);
        view.textEdit(u"en"_s)->setPlainText(u"Please pay {order_total}."_s);
        view.textEdit(u"es"_s)->setPlainText(u"Hola {nombre}, paga {order_total}."_s);
        view.languageTabs()->setCurrentWidget(view.textEdit(u"en"_s));
        view.saveButton()->click();
        QVERIFY(view.messageBar()->isVisibleTo(&view));
        QVERIFY2(view.messageBar()->text().contains(u"{nombre}"_s),
                 qPrintable(view.messageBar()->text()));
        QVERIFY(view.messageBar()->text().contains(u"Spanish"_s));
        // The editor shows the text at fault; nothing reached the server.
        QCOMPARE(view.languageTabs()->currentWidget(), view.textEdit(u"es"_s));
        QCOMPARE(view.model()->rowCount(), before);
        QCOMPARE(
            m_shop.admin().get(u"/api/v1/inbox/templates"_s).json()[u"items"_s].toArray().size(),
            before);
    }

    void archivedElsewhereLeavesTheList()
    {
        auto session = test::openLiveSession(m_shop.url(), u"mia"_s);
        QVERIFY(session);
        ui::ReplyTemplatesView view(session.get());
        view.show();
        QTRY_VERIFY(view.model()->isLoaded());
        QTRY_VERIFY(view.model()->rowCount() >= 1);
        const qint64 id = view.model()->replyTemplate(0).id;
        QCOMPARE(m_shop.admin().del(u"/api/v1/inbox/templates/%1"_s.arg(id)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowOfId(id), -1, 10000);
        view.archivedBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOfId(id) >= 0, 10000);
        view.showTemplate(id);
        QVERIFY(!view.archiveButton()->isEnabled());
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(view.textEdit(u"en"_s)->isReadOnly());
    }
};

QTEST_MAIN(TestReplyTemplatesUi)
#include "tst_replytemplates.moc"
