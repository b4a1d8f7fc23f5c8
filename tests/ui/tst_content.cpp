#include "../sync/clientfixture.h"

#include "content/conflictview.h"
#include "content/contentdocument.h"
#include "content/contenteditor.h"
#include "content/contentview.h"
#include "content/imagecheck.h"
#include "content/imagepanel.h"
#include "content/productpreview.h"
#include "content/reviewqueuewidget.h"
#include "content/revisionhistorywidget.h"
#include "content/richtextedit.h"
#include "shell/mainwindow.h"
#include "sync/clientsession.h"
#include "sync/contentservice.h"
#include "sync/syncengine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextEdit>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using State = sync::SyncEngine::State;

namespace {

bool addUser(ClientShop &shop, const QString &name, const QString &role)
{
    return shop.admin()
               .post(u"/api/v1/users"_s,
                     {{u"username"_s, name},
                      {u"password"_s, QString::fromLatin1(ClientShop::password)},
                      {u"role"_s, role}})
               .status == 201;
}

// One user's Content module on one product, live.
struct Desk
{
    std::unique_ptr<sync::ClientSession> session;
    std::unique_ptr<ui::ContentView> view;

    bool open(const QUrl &url, const QString &user, const QString &sku = u"MUG-01"_s)
    {
        session = test::openSession(url, user);
        if (!session)
            return false;
        session->engine()->setReconnectDelays(100, 400);
        session->engine()->start();
        if (!QTest::qWaitFor([&] { return session->engine()->state() == State::Live; }, 20000))
            return false;
        view = std::make_unique<ui::ContentView>(session.get());
        view->resize(1100, 760);
        view->show();
        view->openProduct(sku);
        return QTest::qWaitFor([&] { return view->document()->sku() == sku; }, 20000);
    }
    ui::ContentDocument *document() const { return view->document(); }
    ui::ContentEditor *editor() const { return view->editor(); }
    template<typename T>
    T *find(const QString &name) const
    {
        return view->findChild<T *>(name);
    }
    void type(const QString &field, const QString &text)
    {
        auto *edit = find<QLineEdit>(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    void clickSave() { QTest::mouseClick(find<QPushButton>(u"save"_s), Qt::LeftButton); }
};

QJsonObject serverContent(ClientShop &shop, const QString &sku = u"MUG-01"_s)
{
    return shop.admin().get(u"/api/v1/products/%1/content"_s.arg(sku)).json();
}

QJsonArray catalog(ClientShop &shop)
{
    return shop.admin().get(u"/api/v1/catalog"_s).json().value(u"items"_s).toArray();
}

int imageCount(ClientShop &shop)
{
    return int(shop.admin()
                   .get(u"/api/v1/products/MUG-01/images"_s)
                   .json()
                   .value(u"items"_s)
                   .toArray()
                   .size());
}

// A draft with the required fields, saved through the editor.
bool saveDraft(Desk &desk, const QString &title, const QString &slug)
{
    desk.type(u"title"_s, title);
    desk.type(u"slug"_s, slug);
    const qint64 before = desk.document()->baseVersion();
    desk.clickSave();
    return QTest::qWaitFor([&] { return desk.document()->baseVersion() > before; }, 20000);
}

QString writePng(const QString &path, int width, int height, bool noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    if (noise) {
        auto *random = QRandomGenerator::global();
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < width; ++x)
                line[x] = random->generate() | 0xff000000u;
        }
    }
    image.save(path, "PNG");
    return path;
}

} // namespace

// The Content module against a real server: editing with undo, conflicts between two
// editors, review and publication, scheduling, rollback, images and sanitised HTML.
class TestContentUi : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

private slots:
    void editorsWindowOffersProductsAndContent()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        auto editor = test::openSession(shop.url(), u"erik"_s);
        QVERIFY(editor);
        editor->engine()->start();
        QTRY_COMPARE_WITH_TIMEOUT(editor->engine()->state(), State::Live, 20000);
        ui::MainWindow window(editor.get());
        QCOMPARE(window.moduleIds(), (QStringList{u"products"_s, u"content"_s}));
        // An agent has no Content module.
        auto agent = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(agent);
        ui::MainWindow agentWindow(agent.get());
        QVERIFY(!agentWindow.moduleIds().contains(u"content"_s));
    }

    void undoAndRedoStepThroughEditsWithBurstsMerged()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"erik"_s));
        desk.view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.view.get()));
        QUndoStack *undo = desk.document()->undoStack();
        QCOMPARE(undo->count(), 0);

        auto *title = desk.find<QLineEdit>(u"title"_s);
        auto *slug = desk.find<QLineEdit>(u"slug"_s);
        title->setFocus();
        QTest::keyClicks(title, u"Blue mug"_s); // one burst of typing: one step
        QCOMPARE(undo->count(), 1);
        slug->setFocus();
        QTest::keyClicks(slug, u"blue-mug"_s);
        QCOMPARE(undo->count(), 2);
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, u" XL"_s);
        QCOMPARE(undo->count(), 3);
        QCOMPARE(desk.document()->field(u"title"_s).toString(), u"Blue mug XL"_s);

        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), u"Blue mug"_s);
        QCOMPARE(desk.document()->field(u"title"_s).toString(), u"Blue mug"_s);
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(slug->text(), QString());
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(slug->text(), u"blue-mug"_s);
        QCOMPARE(desk.document()->field(u"slug"_s).toString(), u"blue-mug"_s);
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(title->text(), u"Blue mug XL"_s);

        // Rich text: typing in the description is one step too, and undo clears it.
        auto *description = desk.find<ui::RichTextEdit>(u"long_description"_s)->editor();
        description->setFocus();
        QTest::keyClicks(description, u"Holds a big coffee."_s);
        QCOMPARE(undo->count(), 4);
        QVERIFY(desk.document()->field(u"long_description"_s).toString().contains(u"big coffee"_s));
        QTest::keyClick(description, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(description->toPlainText().isEmpty());
        QVERIFY(desk.document()->field(u"long_description"_s).toString().isEmpty());

        // What is saved is what the undo left.
        desk.clickSave();
        QTRY_COMPARE_WITH_TIMEOUT(desk.document()->baseVersion(), 1, 20000);
        const QJsonObject fields = serverContent(shop).value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"title"_s).toString(), u"Blue mug XL"_s);
        QCOMPARE(fields.value(u"slug"_s).toString(), u"blue-mug"_s);
        QVERIFY(undo->isClean());
    }

    void secondSaveShowsTheConflictAndMergesFieldByField()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        QVERIFY(addUser(shop, u"emma"_s, u"editor"_s));
        Desk first;
        Desk second;
        QVERIFY(first.open(shop.url(), u"erik"_s));
        QVERIFY(second.open(shop.url(), u"emma"_s));

        QVERIFY(saveDraft(first, u"Erik's mug"_s, u"erik-mug"_s));
        second.type(u"title"_s, u"Emma's mug"_s);
        second.type(u"slug"_s, u"emma-mug"_s);
        second.type(u"meta_description"_s, u"A mug by Emma"_s);
        second.clickSave();
        QTRY_VERIFY_WITH_TIMEOUT(second.editor()->showsConflict(), 20000);
        QVERIFY(second.editor()->message().contains(u"Nothing was saved"_s));
        // Nothing of the second save reached the server.
        QCOMPARE(serverContent(shop).value(u"version"_s).toInt(), 1);
        QCOMPARE(serverContent(shop).value(u"fields"_s).toObject().value(u"title"_s).toString(),
                 u"Erik's mug"_s);

        ui::ConflictView *conflict = second.editor()->conflictView();
        QCOMPARE(conflict->theirsVersion(), 1);
        QVERIFY(conflict->differingFields().contains(u"title"_s));
        QVERIFY(conflict->differingFields().contains(u"slug"_s));
        QVERIFY(!conflict->differingFields().contains(u"category"_s));
        auto *keepTheirs = conflict->findChild<QRadioButton *>(u"keepTheirs_title"_s);
        QVERIFY(keepTheirs);
        // On the indicator: a radio button takes clicks on its circle and label only.
        QTest::mouseClick(keepTheirs, Qt::LeftButton, {}, QPoint(6, keepTheirs->height() / 2));
        QVERIFY(keepTheirs->isChecked());
        QTest::mouseClick(conflict->findChild<QPushButton *>(u"saveMerged"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(second.document()->baseVersion(), 2, 20000);
        QVERIFY(!second.editor()->showsConflict());
        const QJsonObject fields = serverContent(shop).value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"title"_s).toString(), u"Erik's mug"_s); // theirs
        QCOMPARE(fields.value(u"slug"_s).toString(), u"emma-mug"_s);    // mine
        QCOMPARE(fields.value(u"meta_description"_s).toString(), u"A mug by Emma"_s);
        QCOMPARE(second.find<QLineEdit>(u"title"_s)->text(), u"Erik's mug"_s);
    }

    void reviewedAndPublishedPagesReachTheCatalogDraftsNever()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        Desk editor;
        QVERIFY(editor.open(shop.url(), u"erik"_s));
        QVERIFY(saveDraft(editor, u"Blue mug"_s, u"blue-mug"_s));
        QCOMPARE(catalog(shop).size(), 0); // a draft is not published
        auto *submit = editor.find<QPushButton>(u"submit"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor.document()->state(), u"in_review"_s, 20000);
        QCOMPARE(catalog(shop).size(), 0);
        // The editor's queue has no manager buttons.
        QVERIFY(!editor.view->queue()
                     ->findChild<QPushButton *>(u"publishNow"_s)
                     ->isVisibleTo(editor.view->queue()));

        Desk manager;
        QVERIFY(manager.open(shop.url(), u"mia"_s));
        ui::ReviewQueueWidget *queue = manager.view->queue();
        manager.view->tabs()->setCurrentWidget(queue);
        QTRY_COMPARE_WITH_TIMEOUT(queue->table()->rowCount(), 1, 20000);
        QCOMPARE(queue->table()->item(0, 0)->text(), u"MUG-01"_s);
        QCOMPARE(queue->table()->item(0, 1)->text(), u"Blue mug"_s);
        QTest::mouseClick(queue->findChild<QPushButton *>(u"publishNow"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(catalog(shop).size(), 1, 20000);
        QCOMPARE(catalog(shop).first().toObject().value(u"title"_s).toString(), u"Blue mug"_s);
        QTRY_COMPARE_WITH_TIMEOUT(queue->table()->rowCount(), 0, 20000);
        QVERIFY(queue->message().contains(u"revision 1"_s));

        // A newer draft does not replace what is live.
        QVERIFY(saveDraft(editor, u"Bigger mug"_s, u"blue-mug"_s));
        QCOMPARE(catalog(shop).first().toObject().value(u"title"_s).toString(), u"Blue mug"_s);

        // Sent back: in review again, then back to draft.
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor.document()->state(), u"in_review"_s, 20000);
        queue->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(queue->table()->rowCount(), 1, 20000);
        QTest::mouseClick(queue->findChild<QPushButton *>(u"sendBack"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverContent(shop).value(u"state"_s).toString(), u"draft"_s,
                                  20000);
        QCOMPARE(catalog(shop).first().toObject().value(u"title"_s).toString(), u"Blue mug"_s);
    }

    void scheduledPublicationGoesLiveAtItsTime()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk manager;
        QVERIFY(manager.open(shop.url(), u"mia"_s));
        QVERIFY(saveDraft(manager, u"Blue mug"_s, u"blue-mug"_s));
        manager.editor()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(manager.document()->state(), u"in_review"_s, 20000);
        ui::ReviewQueueWidget *queue = manager.view->queue();
        manager.view->tabs()->setCurrentWidget(queue);
        QTRY_COMPARE_WITH_TIMEOUT(queue->table()->rowCount(), 1, 20000);

        // A time in the past is refused here, nothing sent.
        queue->scheduleTime()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
        QTest::mouseClick(queue->findChild<QPushButton *>(u"schedule"_s), Qt::LeftButton);
        QVERIFY(queue->message().contains(u"future"_s));
        QCOMPARE(serverContent(shop).value(u"state"_s).toString(), u"in_review"_s);

        queue->scheduleTime()->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        queue->scheduleTime()->setDateTime(QDateTime::currentDateTime().addSecs(3));
        QTest::mouseClick(queue->findChild<QPushButton *>(u"schedule"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverContent(shop).value(u"state"_s).toString(), u"scheduled"_s,
                                  20000);
        QVERIFY(queue->message().contains(u"will be published"_s));
        QCOMPARE(catalog(shop).size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(catalog(shop).size(), 1, 20000);
        QCOMPARE(serverContent(shop).value(u"state"_s).toString(), u"published"_s);
    }

    void historyComparesRevisionsAndRollsBack()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        Desk manager;
        QVERIFY(manager.open(shop.url(), u"mia"_s));
        for (const QString &title : {u"Blue mug"_s, u"Tall blue mug"_s}) {
            QVERIFY(saveDraft(manager, title, u"blue-mug"_s));
            manager.editor()->submit();
            QTRY_COMPARE_WITH_TIMEOUT(manager.document()->state(), u"in_review"_s, 20000);
            bool done = false;
            manager.view->service()->publish(u"MUG-01"_s, {},
                                             [&](const Result<QJsonObject> &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            manager.view->openProduct(u"MUG-01"_s);
            QTRY_COMPARE_WITH_TIMEOUT(manager.document()->state(), u"published"_s, 20000);
        }
        QCOMPARE(catalog(shop).first().toObject().value(u"title"_s).toString(), u"Tall blue mug"_s);

        ui::RevisionHistoryWidget *history = manager.view->history();
        manager.view->tabs()->setCurrentWidget(history);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 2, 20000);
        history->fromBox()->setCurrentIndex(history->fromBox()->findData(qint64(1)));
        history->toBox()->setCurrentIndex(history->toBox()->findData(qint64(2)));
        QTest::mouseClick(history->findChild<QPushButton *>(u"compare"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(history->diffView()->toPlainText().contains(u"Tall blue mug"_s),
                                 20000);
        const QString diff = history->diffView()->toPlainText();
        QVERIFY(diff.contains(u"title"_s));
        QVERIFY(diff.contains(u"Unchanged"_s));
        QVERIFY(diff.contains(u"slug"_s)); // listed as unchanged

        history->table()->selectRow(0);
        QTest::mouseClick(history->findChild<QPushButton *>(u"rollback"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(catalog(shop).first().toObject().value(u"title"_s).toString(),
                                  u"Blue mug"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 3, 20000);
        // The rolled-back text is the newest draft, so the editor shows it.
        QTRY_COMPARE_WITH_TIMEOUT(manager.find<QLineEdit>(u"title"_s)->text(), u"Blue mug"_s,
                                  20000);

        // An editor sees the history but cannot roll back.
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        Desk editor;
        QVERIFY(editor.open(shop.url(), u"erik"_s));
        QVERIFY(!editor.view->history()
                     ->findChild<QPushButton *>(u"rollback"_s)
                     ->isVisibleTo(editor.view->history()));
    }

    void badImagesAreRefusedBeforeUploadGoodOnesAreOrdered()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"erik"_s));
        ui::ImagePanel *images = desk.view->images();
        QTemporaryDir dir;

        const QString text = dir.filePath(u"notes.png"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a picture\n");
        file.close();
        images->importFiles({text});
        QVERIFY2(images->message().contains(u"not a PNG, JPEG or WebP"_s),
                 qPrintable(images->message()));

        const QString big = writePng(dir.filePath(u"big.png"_s), 900, 900, true);
        QVERIFY(QFileInfo(big).size() > ui::maxImageBytes);
        images->importFiles({big});
        QVERIFY2(images->message().contains(u"at most 768 KiB"_s), qPrintable(images->message()));

        const QString good = writePng(dir.filePath(u"good.png"_s), 200, 120, false);
        QFile whole(good);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString corrupt = dir.filePath(u"corrupt.png"_s);
        QFile broken(corrupt);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(bytes.left(bytes.size() / 2));
        broken.close();
        images->importFiles({corrupt});
        QVERIFY2(images->message().contains(u"damaged"_s), qPrintable(images->message()));

        QTest::qWait(300);
        QCOMPARE(imageCount(shop), 0); // nothing was sent
        QCOMPARE(images->list()->count(), 0);

        // Good images upload; the first is the main one, and moving one first makes it main.
        const QString second = writePng(dir.filePath(u"second.png"_s), 80, 160, false);
        QImage green(64, 64, QImage::Format_RGB32);
        green.fill(Qt::green);
        QVERIFY(green.save(second, "PNG"));
        images->importFiles({good});
        QTRY_COMPARE_WITH_TIMEOUT(images->list()->count(), 1, 20000);
        images->importFiles({second});
        QTRY_COMPARE_WITH_TIMEOUT(images->list()->count(), 2, 20000);
        QVERIFY(images->message().isEmpty());
        QCOMPARE(imageCount(shop), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!images->list()->item(1)->icon().isNull(), 20000);
        const QString secondHash = images->images().at(1).toObject().value(u"hash"_s).toString();
        images->list()->setCurrentRow(1);
        images->makeSelectedMain();
        QTRY_COMPARE_WITH_TIMEOUT(images->images().first().toObject().value(u"hash"_s).toString(),
                                  secondHash, 20000);
        QCOMPARE(shop.admin()
                     .get(u"/api/v1/products/MUG-01/images"_s)
                     .json()
                     .value(u"items"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"hash"_s)
                     .toString(),
                 secondHash);
        images->list()->setCurrentRow(1);
        images->removeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(imageCount(shop), 1, 20000);

        // The preview shows the page with the main image, price and stock.
        QVERIFY(saveDraft(desk, u"Blue mug"_s, u"blue-mug"_s));
        desk.view->tabs()->setCurrentWidget(desk.view->preview());
        QTRY_VERIFY_WITH_TIMEOUT(!images->mainPixmap().isNull(), 20000);
        const QString page = desk.view->preview()->browser()->toPlainText();
        QVERIFY(page.contains(u"Blue mug"_s));
        QVERIFY2(page.contains(u"12.50"_s) || page.contains(u"12,50"_s), qPrintable(page));
        QVERIFY(page.contains(u"10 available"_s));
    }

    void scriptsAndHandlersComeBackSanitised()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"erik"_s));
        desk.document()->edit(
            u"long_description"_s,
            u"<p onclick=\"steal()\">Strong <b>mug</b><script>alert(1)</script>"
            u"<a href=\"javascript:alert(2)\" onmouseover=\"x()\">link</a></p>"_s);
        QVERIFY(saveDraft(desk, u"Blue mug"_s, u"blue-mug"_s));
        desk.view->openProduct(u"MUG-01"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.document()->undoStack()->count() == 0, 20000);
        const QString html = desk.document()->field(u"long_description"_s).toString();
        QVERIFY2(html.contains(u"<b>mug</b>"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"script"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"onclick"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"onmouseover"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"javascript"_s), qPrintable(html));
        QVERIFY(desk.find<ui::RichTextEdit>(u"long_description"_s)
                    ->editor()
                    ->toPlainText()
                    .contains(u"Strong mug"_s));
    }
    // docs/screenshots/content-*.png: SHOPDESK_SCREENSHOT_DIR=docs/screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set SHOPDESK_SCREENSHOT_DIR to write the documentation's screenshots");
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QCOMPARE(shop.createProduct(u"KN-1"_s, u"Chef knife, 20 cm"_s, 5900), 201);
        QCOMPARE(shop.postMovement(u"KN-1"_s, u"receipt"_s, 12), 201);
        QCOMPARE(shop.createProduct(u"TEA-01"_s, u"Green tea Sencha, 100 g"_s, 690), 201);
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"mia"_s, u"KN-1"_s));
        auto publishedRevision = [&](const QJsonObject &fields) {
            bool done = false;
            const qint64 base = serverContent(shop, u"KN-1"_s).value(u"version"_s).toInteger();
            desk.view->service()->save(u"KN-1"_s, fields, base,
                                       [&](const Result<QJsonObject> &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            done = false;
            desk.view->service()->submit(u"KN-1"_s,
                                         [&](const Result<QJsonObject> &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            done = false;
            desk.view->service()->publish(u"KN-1"_s, {},
                                          [&](const Result<QJsonObject> &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        };
        QJsonObject fields{
            {u"title"_s, u"Chef knife"_s},
            {u"short_description"_s, u"<p>A <b>20 cm</b> chef knife for everyday cooking.</p>"_s},
            {u"long_description"_s,
             u"<h2>Forged steel</h2><p>One piece of <i>high-carbon</i> steel from tip to "
             u"tang.</p><ul><li>Hand-sharpened edge</li><li>Dishwasher safe</li></ul>"_s},
            {u"category"_s, u"Kitchen/Knives"_s},
            {u"tags"_s, QJsonArray{u"steel"_s, u"gift"_s}},
            {u"attributes"_s,
             QJsonObject{{u"Blade length"_s, u"20 cm"_s}, {u"Weight"_s, u"210 g"_s}}},
            {u"slug"_s, u"chef-knife"_s},
            {u"meta_description"_s, u"Forged chef knife, 20 cm"_s},
            {u"display_order"_s, 1},
            {u"featured"_s, QJsonArray{u"home"_s}}};
        publishedRevision(fields);
        fields.insert(u"title"_s, u"Chef knife, forged"_s);
        fields.insert(u"tags"_s, QJsonArray{u"steel"_s, u"gift"_s, u"forged"_s});
        fields.insert(u"attributes"_s,
                      QJsonObject{{u"Blade length"_s, u"20 cm"_s}, {u"Weight"_s, u"205 g"_s}});
        publishedRevision(fields);
        QTemporaryDir images;
        QImage picture(480, 320, QImage::Format_RGB32);
        picture.fill(QColor(220, 225, 232));
        {
            QPainter paint(&picture);
            paint.setRenderHint(QPainter::Antialiasing);
            paint.setBrush(QColor(150, 155, 165));
            paint.setPen(Qt::NoPen);
            paint.drawRoundedRect(QRectF(60, 140, 280, 40), 18, 18);
            paint.setBrush(QColor(40, 40, 45));
            paint.drawRoundedRect(QRectF(330, 138, 110, 44), 10, 10);
        }
        QVERIFY(picture.save(images.filePath(u"knife.png"_s), "PNG"));
        desk.view->openProduct(u"KN-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(desk.document()->state(), u"published"_s, 20000);
        desk.view->images()->importFiles({images.filePath(u"knife.png"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(desk.view->images()->list()->count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.view->images()->mainPixmap().isNull(), 20000);
        // A draft being written: the editor with unsaved text.
        desk.type(u"title"_s, u"Chef knife, forged, 20 cm"_s);
        desk.view->tabs()->setCurrentWidget(desk.editor());
        QTest::qWait(200);
        QVERIFY(desk.view->grab().save(dir + u"/content-editor.png"_s));

        // A page in review for the queue.
        Desk tea;
        QVERIFY(tea.open(shop.url(), u"mia"_s, u"TEA-01"_s));
        QVERIFY(saveDraft(tea, u"Sencha green tea"_s, u"sencha"_s));
        tea.editor()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(tea.document()->state(), u"in_review"_s, 20000);
        desk.view->tabs()->setCurrentWidget(desk.view->queue());
        QTRY_COMPARE_WITH_TIMEOUT(desk.view->queue()->table()->rowCount(), 1, 20000);
        QTest::qWait(200);
        QVERIFY(desk.view->grab().save(dir + u"/content-review.png"_s));

        ui::RevisionHistoryWidget *history = desk.view->history();
        desk.view->tabs()->setCurrentWidget(history);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 2, 20000);
        history->compare(1, 2);
        QTRY_VERIFY_WITH_TIMEOUT(history->diffView()->toPlainText().contains(u"forged"_s), 20000);
        QTest::qWait(200);
        QVERIFY(desk.view->grab().save(dir + u"/content-diff.png"_s));
        desk.view->tabs()->setCurrentWidget(desk.view->preview());
        QTest::qWait(200);
        QVERIFY(desk.view->grab().save(dir + u"/content-preview.png"_s));
    }
};

QTEST_MAIN(TestContentUi)
#include "tst_content.moc"
