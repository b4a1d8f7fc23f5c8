#include "../client/clientfixture.h"

#include "client/clientsession.h"
#include "client/contentservice.h"
#include "client/syncengine.h"
#include "content/categorybrowser.h"
#include "content/categorypicker.h"
#include "content/categorytreemodel.h"
#include "content/conflictview.h"
#include "content/contentdocument.h"
#include "content/contenteditor.h"
#include "content/contentview.h"
#include "content/featuredslotsmodel.h"
#include "content/imagecheck.h"
#include "content/imagepanel.h"
#include "content/placementordermodel.h"
#include "content/placementview.h"
#include "content/productpreview.h"
#include "content/reviewqueuewidget.h"
#include "content/revisionhistorywidget.h"
#include "content/richtextedit.h"
#include "shell/mainwindow.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using State = client::SyncEngine::State;

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
    std::unique_ptr<client::ClientSession> session;
    std::unique_ptr<ui::ContentView> view;

    bool open(const QUrl &url, const QString &user, const QString &sku = u"MUG-01"_s)
    {
        session = test::openSession(url, user);
        if (!session)
            return false;
        session->engine()->setReconnectDelays(100, 400);
        if (!test::startLive(*session))
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

// Content in a category, published, written straight to the server as another editor would.
bool publishContent(ClientShop &shop, const QString &sku, const QString &title,
                    const QString &category)
{
    const QString path = u"/api/v1/products/%1/content"_s.arg(sku);
    const qint64 version = shop.admin().get(path).json().value(u"version"_s).toInteger();
    const QJsonObject body{{u"base_revision"_s, version},
                           {u"title"_s, title},
                           {u"slug"_s, sku.toLower()},
                           {u"category"_s, category}};
    return shop.admin().send("PUT", path, QJsonDocument(body).toJson()).status == 200 &&
           shop.admin().post(path + u"/submit"_s, {}).status == 200 &&
           shop.admin().post(path + u"/publish"_s, {}).status == 200;
}

QString pageQuery(const QString &page)
{
    return u"/api/v1/content/placement?page="_s +
           QString::fromLatin1(QUrl::toPercentEncoding(page));
}

// A drag from one list onto a point of another, as the views see it. The offscreen platform
// has no drag and drop of its own (its QDrag::exec() returns at once with no drop), so the
// events a real drag delivers are sent to the target's viewport: enter, move, drop, carrying
// the mime data the source view's model makes for the dragged row. The view then works out
// the row under the point and calls its model's dropMimeData() as it does for a real drop.
bool dragAndDrop(QAbstractItemView *from, const QModelIndex &index, QAbstractItemView *to,
                 const QPoint &at)
{
    from->setCurrentIndex(index);
    std::unique_ptr<QMimeData> data(from->model()->mimeData({index}));
    if (!data)
        return false;
    const Qt::DropActions actions = Qt::MoveAction | Qt::CopyAction;
    QDragEnterEvent enter(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &enter);
    QDragMoveEvent move(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &drop);
    return drop.isAccepted();
}

QStringList rowsOf(const QAbstractItemView *view)
{
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows.append(view->model()->index(row, 0).data().toString());
    return rows;
}

QStringList catalogOrder(ClientShop &shop, const QString &category)
{
    QStringList skus;
    for (const QJsonValue &item : catalog(shop)) {
        if (item[u"category"_s].toString() == category)
            skus.append(item[u"sku"_s].toString());
    }
    return skus;
}

QJsonObject catalogItem(ClientShop &shop, const QString &sku)
{
    for (const QJsonValue &item : catalog(shop)) {
        if (item[u"sku"_s].toString() == sku)
            return item.toObject();
    }
    return {};
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
                                             [&](const Result<ProductContent> &) { done = true; });
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

        // Nothing sent has no event to wait for: give a wrong upload time to arrive.
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
        const QString secondHash = images->images().at(1).hash;
        images->list()->setCurrentRow(1);
        images->makeSelectedMain();
        QTRY_COMPARE_WITH_TIMEOUT(images->images().first().hash, secondHash, 20000);
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
    void categoryIsChosenFromTheTreeByKeyboard()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        QVERIFY(addUser(shop, u"erik"_s, u"editor"_s));
        for (const auto &[sku, category] :
             {std::pair{u"KN-1"_s, u"Kitchen/Knives"_s}, std::pair{u"PAN-1"_s, u"Kitchen/Pans"_s},
              std::pair{u"RAKE-1"_s, u"Garden/Tools"_s}}) {
            QCOMPARE(shop.createProduct(sku, sku, 1000), 201);
            QVERIFY(publishContent(shop, sku, sku, category));
        }
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"erik"_s));
        desk.view->activateWindow();
        desk.type(u"title"_s, u"Blue mug"_s);
        desk.type(u"slug"_s, u"blue-mug"_s);

        ui::ContentEditor *editor = desk.editor();
        QTest::mouseClick(desk.find<QToolButton>(u"chooseCategory"_s), Qt::LeftButton);
        ui::CategoryPicker *picker = editor->categoryPicker();
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isVisible(), 5000);
        // The tree of the categories that exist: two roots, their sub-categories.
        QTRY_COMPARE_WITH_TIMEOUT(picker->browser()->model()->paths().size(), 3, 20000);
        QTreeView *tree = picker->browser()->tree();
        QCOMPARE(tree->model()->rowCount(), 2);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), u"Garden"_s);
        QCOMPARE(tree->model()->index(1, 0).data().toString(), u"Kitchen"_s);
        for (QWidget *w : std::initializer_list<QWidget *>{picker->browser()->filterEdit(), tree,
                                                           picker->newNameEdit()})
            QVERIFY(!w->accessibleName().isEmpty());

        // Typing filters and selects the first match; Enter chooses it.
        QLineEdit *filter = picker->browser()->filterEdit();
        QTest::keyClicks(filter, u"pan"_s);
        QCOMPARE(picker->path(), u"Kitchen/Pans"_s);
        QCOMPARE(tree->model()->rowCount(), 1); // Garden is filtered out
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(picker->result(), int(QDialog::Accepted));
        QCOMPARE(desk.find<QLineEdit>(u"category"_s)->text(), u"Kitchen/Pans"_s);
        QCOMPARE(desk.document()->field(u"category"_s).toString(), u"Kitchen/Pans"_s);

        // Esc leaves the category as it was.
        editor->chooseCategory();
        QTRY_VERIFY(picker->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(picker->browser()->model()->paths().size(), 3, 20000);
        QCOMPARE(picker->path(), u"Kitchen/Pans"_s);
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(picker->path(), u"Kitchen/Knives"_s);
        QTest::keyClick(picker->browser()->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(desk.document()->field(u"category"_s).toString(), u"Kitchen/Pans"_s);

        // Arrows from the filter into the tree, a new sub-category under the selected node,
        // Enter on the tree to choose it.
        editor->chooseCategory();
        QTRY_VERIFY(picker->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(picker->browser()->model()->paths().size(), 3, 20000);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(picker->path(), u"Kitchen/Knives"_s);
        picker->newNameEdit()->setFocus();
        QTest::keyClicks(picker->newNameEdit(), u"Japanese"_s);
        QTest::keyClick(picker->newNameEdit(), Qt::Key_Return);
        QVERIFY(picker->isVisible()); // Enter in the name field adds, it does not choose
        QCOMPARE(picker->path(), u"Kitchen/Knives/Japanese"_s);
        QVERIFY(picker->newNameEdit()->text().isEmpty());
        QVERIFY(tree->hasFocus());
        QCOMPARE(tree->currentIndex().data().toString(), u"Japanese"_s);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(desk.find<QLineEdit>(u"category"_s)->text(), u"Kitchen/Knives/Japanese"_s);
        // One undo step a choice.
        desk.document()->undoStack()->undo();
        QCOMPARE(desk.find<QLineEdit>(u"category"_s)->text(), u"Kitchen/Pans"_s);
        desk.document()->undoStack()->redo();

        // The path string is what the server stores.
        desk.clickSave();
        QTRY_COMPARE_WITH_TIMEOUT(desk.document()->baseVersion(), qint64(1), 20000);
        QCOMPARE(serverContent(shop)[u"fields"_s][u"category"_s].toString(),
                 u"Kitchen/Knives/Japanese"_s);
    }

    void placementByDragAndDropAndKeyboardReachesTheCatalog()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        for (const QString &sku : {u"KN-1"_s, u"KN-2"_s, u"KN-3"_s}) {
            QCOMPARE(shop.createProduct(sku, sku, 2500), 201);
            QVERIFY(publishContent(shop, sku, u"Knife "_s + sku.right(1), u"Kitchen/Knives"_s));
        }
        QCOMPARE(shop.createProduct(u"PAN-1"_s, u"Pan"_s, 3000), 201);
        QVERIFY(publishContent(shop, u"PAN-1"_s, u"Pan"_s, u"Kitchen/Pans"_s));
        Desk desk;
        QVERIFY(desk.open(shop.url(), u"mia"_s));
        ui::PlacementView *placement = desk.view->placement();
        desk.view->tabs()->setCurrentWidget(placement);
        // The home page first: four slots, every product to pick from, no order to change.
        QTRY_COMPARE_WITH_TIMEOUT(placement->page(), u"home"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(placement->order()->rowCount(), 4, 20000);
        QCOMPARE(placement->featured()->rowCount(), 4);
        QVERIFY(!placement->findChild<QPushButton *>(u"moveUp"_s)->isEnabled());
        QCOMPARE(rowsOf(placement->slotsView()).first(), u"Slot 1 · empty"_s);

        // A category from the same tree.
        auto *pages = placement->pages()->model();
        QTRY_VERIFY_WITH_TIMEOUT(pages->indexOfPath(u"Kitchen/Knives"_s).isValid(), 20000);
        placement->pages()->select(pages->indexOfPath(u"Kitchen/Knives"_s));
        QTRY_COMPARE_WITH_TIMEOUT(placement->page(), u"category:Kitchen/Knives"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(placement->order()->rowCount(), 3, 20000);
        QCOMPARE(placement->featured()->rowCount(), 3);
        QListView *list = placement->orderView();
        QListView *slotList = placement->slotsView();
        QCOMPARE(rowsOf(list), (QStringList{u"1. Knife 1 (KN-1)"_s, u"2. Knife 2 (KN-2)"_s,
                                            u"3. Knife 3 (KN-3)"_s}));
        QVERIFY(!placement->hasUnsavedChanges());

        // Dragged to the top edge of the first row: first.
        const QRect first = list->visualRect(list->model()->index(0, 0));
        QVERIFY(
            dragAndDrop(list, list->model()->index(2, 0), list, first.topLeft() + QPoint(8, 1)));
        QCOMPARE(rowsOf(list), (QStringList{u"1. Knife 3 (KN-3)"_s, u"2. Knife 1 (KN-1)"_s,
                                            u"3. Knife 2 (KN-2)"_s}));
        QVERIFY(placement->hasUnsavedChanges());
        // Onto the middle of slot 2: featured there.
        const QRect slot2 = slotList->visualRect(slotList->model()->index(1, 0));
        QVERIFY(dragAndDrop(list, list->model()->index(1, 0), slotList, slot2.center()));
        QCOMPARE(rowsOf(slotList), (QStringList{u"Slot 1 · empty"_s, u"Slot 2 · Knife 1 (KN-1)"_s,
                                                u"Slot 3 · empty"_s}));
        QCOMPARE(rowsOf(list)[1], u"2. Knife 1 (KN-1) · featured in slot 2"_s);
        // From slot 2 onto slot 1: moved, not copied.
        const QRect slot1 = slotList->visualRect(slotList->model()->index(0, 0));
        QVERIFY(dragAndDrop(slotList, slotList->model()->index(1, 0), slotList, slot1.center()));
        QCOMPARE(rowsOf(slotList), (QStringList{u"Slot 1 · Knife 1 (KN-1)"_s, u"Slot 2 · empty"_s,
                                                u"Slot 3 · empty"_s}));
        // Out of the slot, back onto the list: no longer featured, the list as it was.
        QVERIFY(dragAndDrop(slotList, slotList->model()->index(0, 0), list,
                            list->visualRect(list->model()->index(2, 0)).center()));
        QCOMPARE(placement->featured()->skus(), (QStringList{{}, {}, {}}));
        QCOMPARE(rowsOf(list), (QStringList{u"1. Knife 3 (KN-3)"_s, u"2. Knife 1 (KN-1)"_s,
                                            u"3. Knife 2 (KN-2)"_s}));

        // The keyboard alone: Alt+Up moves, Enter features in the selected slot, Delete
        // empties a slot, and the buttons do the same.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(2, 0));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(placement->order()->skus(), (QStringList{u"KN-3"_s, u"KN-2"_s, u"KN-1"_s}));
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(placement->order()->skus(), (QStringList{u"KN-3"_s, u"KN-2"_s, u"KN-1"_s}));
        slotList->setCurrentIndex(slotList->model()->index(2, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(placement->featured()->skus(), (QStringList{{}, {}, u"KN-2"_s}));
        slotList->setFocus();
        QTest::keyClick(slotList, Qt::Key_Delete);
        QCOMPARE(placement->featured()->skus(), (QStringList{{}, {}, {}}));
        QTest::mouseClick(placement->findChild<QPushButton *>(u"featureProduct"_s), Qt::LeftButton);
        QCOMPARE(placement->featured()->skus(), (QStringList{{}, {}, u"KN-2"_s}));
        list->setCurrentIndex(list->model()->index(0, 0));
        slotList->setCurrentIndex(slotList->model()->index(0, 0));
        QTest::mouseClick(placement->findChild<QPushButton *>(u"featureProduct"_s), Qt::LeftButton);
        QCOMPARE(placement->featured()->skus(), (QStringList{u"KN-3"_s, {}, u"KN-2"_s}));
        QCOMPARE(rowsOf(slotList), (QStringList{u"Slot 1 · Knife 3 (KN-3)"_s, u"Slot 2 · empty"_s,
                                                u"Slot 3 · Knife 2 (KN-2)"_s}));
        list->setCurrentIndex(list->model()->index(2, 0));
        QTest::mouseClick(placement->findChild<QPushButton *>(u"moveUp"_s), Qt::LeftButton);
        QTest::mouseClick(placement->findChild<QPushButton *>(u"moveDown"_s), Qt::LeftButton);
        QCOMPARE(placement->order()->skus(), (QStringList{u"KN-3"_s, u"KN-2"_s, u"KN-1"_s}));
        auto *publishButton = placement->findChild<QPushButton *>(u"publishPlacement"_s);
        QVERIFY(!publishButton->isEnabled()); // unsaved changes are not published

        // Saved: a draft on the server, the catalog as it was.
        const QStringList feedBefore = catalogOrder(shop, u"Kitchen/Knives"_s);
        QTest::mouseClick(placement->findChild<QPushButton *>(u"savePlacement"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(placement->version(), qint64(1), 20000);
        QVERIFY(!placement->hasUnsavedChanges());
        const QJsonObject saved = shop.admin().get(pageQuery(u"category:Kitchen/Knives"_s)).json();
        QCOMPARE(saved[u"order"_s].toArray(), (QJsonArray{u"KN-3"_s, u"KN-2"_s, u"KN-1"_s}));
        QCOMPARE(saved[u"featured"_s].toArray(),
                 (QJsonArray{u"KN-3"_s, QJsonValue::Null, u"KN-2"_s}));
        QCOMPARE(catalogOrder(shop, u"Kitchen/Knives"_s), feedBefore);

        // Published by the manager: the catalog follows.
        QVERIFY(publishButton->isEnabled());
        QTest::mouseClick(publishButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(placement->state(), u"published"_s, 20000);
        QCOMPARE(catalogOrder(shop, u"Kitchen/Knives"_s),
                 (QStringList{u"KN-3"_s, u"KN-2"_s, u"KN-1"_s}));
        QCOMPARE(catalogItem(shop, u"KN-3"_s)[u"featured_slots"_s][u"category"_s].toInt(), 1);
        QCOMPARE(catalogItem(shop, u"KN-2"_s)[u"featured_slots"_s][u"category"_s].toInt(), 3);
        QCOMPARE(catalogItem(shop, u"KN-1"_s)[u"featured"_s].toArray(), QJsonArray());

        // Someone else saves meanwhile: this save is refused and changes nothing.
        QCOMPARE(shop.admin()
                     .send("PUT", pageQuery(u"category:Kitchen/Knives"_s),
                           R"({"base_revision":1,"featured":[],"order":["KN-1"]})")
                     .status,
                 200);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QTest::mouseClick(placement->findChild<QPushButton *>(u"savePlacement"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(placement->message().contains(u"meanwhile"_s), 20000);
        const QJsonObject theirs = shop.admin().get(pageQuery(u"category:Kitchen/Knives"_s)).json();
        QCOMPARE(theirs[u"version"_s].toInteger(), 2);
        QCOMPARE(theirs[u"order"_s].toArray(), QJsonArray{u"KN-1"_s});
        // Reload shows theirs.
        QTest::mouseClick(placement->findChild<QPushButton *>(u"reloadPlacement"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(placement->version(), qint64(2), 20000);
        QCOMPARE(placement->order()->skus().first(), u"KN-1"_s);
    }
};

#ifdef SHOPDESK_SCREENSHOTS
// Not a test: shopdesk-content-screenshots, run on purpose, writes docs/screenshots/content-*.png
// (SHOPDESK_SCREENSHOT_DIR=docs/screenshots), from the same helpers as the tests above.
class ContentScreenshots : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

    // Before each picture: time for deferred painting (scrolled views, decoded images) to
    // finish. A picture has no state to wait on, and nothing is asserted from it.
    static void settle() { QTest::qWait(200); }

private slots:
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        QVERIFY2(!dir.isEmpty(), "set SHOPDESK_SCREENSHOT_DIR (e.g. docs/screenshots)");
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
            const auto typed = ContentFields::fromJson(fields);
            QVERIFY(typed);
            desk.view->service()->save(u"KN-1"_s, typed.value(), base,
                                       [&](const Result<ProductContent> &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            done = false;
            desk.view->service()->submit(u"KN-1"_s,
                                         [&](const Result<ProductContent> &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            done = false;
            desk.view->service()->publish(u"KN-1"_s, {},
                                          [&](const Result<ProductContent> &) { done = true; });
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
        settle();
        QVERIFY(desk.view->grab().save(dir + u"/content-editor.png"_s));

        // A page in review for the queue.
        Desk tea;
        QVERIFY(tea.open(shop.url(), u"mia"_s, u"TEA-01"_s));
        QVERIFY(saveDraft(tea, u"Sencha green tea"_s, u"sencha"_s));
        tea.editor()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(tea.document()->state(), u"in_review"_s, 20000);
        desk.view->tabs()->setCurrentWidget(desk.view->queue());
        QTRY_COMPARE_WITH_TIMEOUT(desk.view->queue()->table()->rowCount(), 1, 20000);
        settle();
        QVERIFY(desk.view->grab().save(dir + u"/content-review.png"_s));

        ui::RevisionHistoryWidget *history = desk.view->history();
        desk.view->tabs()->setCurrentWidget(history);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 2, 20000);
        history->compare(1, 2);
        QTRY_VERIFY_WITH_TIMEOUT(history->diffView()->toPlainText().contains(u"forged"_s), 20000);
        settle();
        QVERIFY(desk.view->grab().save(dir + u"/content-diff.png"_s));
        desk.view->tabs()->setCurrentWidget(desk.view->preview());
        settle();
        QVERIFY(desk.view->grab().save(dir + u"/content-preview.png"_s));

        // A small shop's categories, and the knives placed on their category page.
        for (const auto &[sku, title, category] :
             {std::tuple{u"KN-2"_s, u"Santoku knife, 18 cm"_s, u"Kitchen/Knives"_s},
              std::tuple{u"KN-3"_s, u"Paring knife, 9 cm"_s, u"Kitchen/Knives"_s},
              std::tuple{u"KN-4"_s, u"Bread knife, 23 cm"_s, u"Kitchen/Knives"_s},
              std::tuple{u"KN-5"_s, u"Gyuto, 21 cm"_s, u"Kitchen/Knives/Japanese"_s},
              std::tuple{u"PAN-1"_s, u"Cast-iron skillet, 26 cm"_s, u"Kitchen/Pans"_s},
              std::tuple{u"TEA-02"_s, u"Assam black tea, 250 g"_s, u"Tea/Black"_s},
              std::tuple{u"TEA-03"_s, u"Gyokuro green tea, 50 g"_s, u"Tea/Green"_s},
              std::tuple{u"GRD-1"_s, u"Pruning shears"_s, u"Garden/Tools"_s}}) {
            QCOMPARE(shop.createProduct(sku, title, 3900), 201);
            QVERIFY(publishContent(shop, sku, title, category));
        }
        ui::PlacementView *placement = desk.view->placement();
        desk.view->tabs()->setCurrentWidget(placement);
        QTRY_VERIFY_WITH_TIMEOUT(
            placement->pages()->model()->indexOfPath(u"Kitchen/Knives"_s).isValid(), 20000);
        placement->pages()->select(placement->pages()->model()->indexOfPath(u"Kitchen/Knives"_s));
        QTRY_COMPARE_WITH_TIMEOUT(placement->order()->rowCount(), 4, 20000);
        placement->featured()->feature(u"KN-1"_s, 0);
        placement->featured()->feature(u"KN-2"_s, 1);
        placement->save();
        QTRY_COMPARE_WITH_TIMEOUT(placement->version(), qint64(1), 20000);
        placement->order()->moveProduct(3, 0);
        placement->orderView()->setCurrentIndex(placement->order()->index(0));
        settle();
        QVERIFY(desk.view->grab().save(dir + u"/content-placement.png"_s));

        desk.view->tabs()->setCurrentWidget(desk.editor());
        desk.editor()->chooseCategory();
        ui::CategoryPicker *picker = desk.editor()->categoryPicker();
        QTRY_COMPARE_WITH_TIMEOUT(picker->browser()->model()->paths().size(), 5, 20000);
        settle();
        QVERIFY(picker->grab().save(dir + u"/content-category-tree.png"_s));
        picker->reject();
    }
};

QTEST_MAIN(ContentScreenshots)
#else
QTEST_MAIN(TestContentUi)
#endif
#include "tst_content.moc"
