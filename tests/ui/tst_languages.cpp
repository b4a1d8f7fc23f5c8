#include "../client/clientfixture.h"

#include "client/apireply.h"
#include "client/clientsession.h"
#include "client/syncengine.h"
#include "common/language.h"
#include "orders/orderintakewidget.h"
#include "orders/orderswidget.h"
#include "shell/desktopapp.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/preferencesdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

namespace {

// The English texts that the catalogue of `language` translates into something else.
QSet<QString> translatedSources(const QString &language)
{
    QFile file(
        u"%1/translations/shopdesk_%2.ts"_s.arg(QStringLiteral(SHOPDESK_SOURCE_DIR), language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.trimmed().isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

// What the user reads in a window: labels, buttons, titles, tabs, column headers, hints,
// menus.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts.append(box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts.append(edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                texts.append(view->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions()) {
            texts.append(menu->text());
            if (menu->menu()) {
                for (QAction *action : menu->menu()->actions())
                    texts.append(action->text());
            }
        }
    }
    return texts;
}

// The texts of `window`, every module and every tab of it shown in turn, added to `texts`.
// With SHOPDESK_SCREENSHOT_DIR set, each screen is also saved there as
// <name>-<module>-<tab>.png, to look at the layout in each language.
void textsOfEveryScreen(ui::MainWindow *window, const QString &name, QStringList *texts)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
    auto shoot = [&](const QString &screen) {
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(u"%1-%2.png"_s.arg(name, screen)));
    };
    for (const QString &id : window->moduleIds()) {
        QVERIFY(window->showModule(id));
        QTRY_COMPARE(window->currentModule(), id);
        *texts += visibleTexts(window);
        shoot(id);
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                *texts += visibleTexts(window);
                shoot(u"%1-%2"_s.arg(id).arg(i));
            }
        }
    }
}

} // namespace

// The client speaks the user's language: catalogue, formats and direction, chosen in the
// preferences or taken from the system.
class TestLanguages : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ui::Translations m_translations;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
    }

    void cleanup() { m_translations.apply(u"en"_s, QLocale(u"en_IE"_s)); }

    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("system German") << QString() << u"de_AT"_s << u"de"_s;
        QTest::newRow("system Arabic") << QString() << u"ar_SA"_s << u"ar"_s;
        QTest::newRow("system Hindi") << QString() << u"hi_IN"_s << u"hi"_s;
        QTest::newRow("system French: English") << QString() << u"fr_FR"_s << u"en"_s;
        QTest::newRow("setting over system") << u"es"_s << u"de_DE"_s << u"es"_s;
        QTest::newRow("English chosen") << u"en"_s << u"ar_EG"_s << u"en"_s;
        QTest::newRow("unknown setting: system") << u"xx"_s << u"es_MX"_s << u"es"_s;
    }
    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, language);
        QCOMPARE(ui::Translations::resolve(setting, QLocale(system)), language);
    }

    // Arabic: its catalogue, its formats and the whole application right to left; and back.
    void arabicTurnsTheLayoutRightToLeft()
    {
        QCOMPARE(m_translations.apply(u"ar"_s, QLocale(u"en_IE"_s)), u"ar"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QVERIFY(QCoreApplication::translate("shopdesk::ui::MainWindow", "&File") != u"&File"_s);
        QWidget widget;
        QVERIFY(widget.isRightToLeft());

        m_translations.apply(u"en"_s, QLocale(u"en_IE"_s));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("shopdesk::ui::MainWindow", "&File"), u"&File"_s);
    }

    // Regional formats of the system stay when its language is the one chosen.
    void formatsFollowTheSystemWithinTheLanguage()
    {
        m_translations.apply(u"de"_s, QLocale(u"de_CH"_s));
        QCOMPARE(QLocale().name(), u"de_CH"_s);
        m_translations.apply(u"de"_s, QLocale(u"en_US"_s));
        QCOMPARE(QLocale().name(), u"de_DE"_s);
        QCOMPARE(QLocale().toString(1234.5, 'f', 2), u"1.234,50"_s);
    }

    // Every text of every screen a user reaches is in the chosen language: a text left in
    // English means its context does not match the catalogue or it bypasses tr().
    void everyScreenSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"de"_s, u"es"_s, u"hi"_s, u"ar"_s})
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyScreenSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        const QSet<QString> english = translatedSources(language);
        QVERIFY(english.size() > 500);
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        m_translations.apply(language);
        int seen = 0;
        for (const QString &user : {u"alice"_s, u"wanda"_s, u"mia"_s}) {
            auto session = test::openLiveSession(shop.url(), user);
            QVERIFY2(session, qPrintable(user));
            ui::MainWindow window(session.get());
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QStringList texts;
            textsOfEveryScreen(&window, language + u'-' + user, &texts);
            if (QTest::currentTestFailed())
                return;
            QStringList untranslated;
            for (const QString &text : std::as_const(texts)) {
                ++seen;
                if (english.contains(text))
                    untranslated.append(text);
            }
            untranslated.removeDuplicates();
            QVERIFY2(untranslated.isEmpty(), qPrintable(u"%1 sees English in %2:\n  %3"_s.arg(
                                                 user, language, untranslated.join(u"\n  "_s))));
        }
        QVERIFY(seen > 200);
    }

    // A refusal of the real server reads in the user's language, its figures in its formats.
    void refusalsSpeakTheLanguage()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        const test::HttpReply refused = shop.admin().post(
            u"/api/v1/orders"_s, {{u"customer_id"_s, shop.customerId()},
                                  {u"channel"_s, u"phone"_s},
                                  {u"payment_method"_s, u"card"_s},
                                  {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s},
                                                                      {u"quantity"_s, 1500}}}}});
        QCOMPARE(refused.status, 409);
        const client::ApiReply reply{refused.status, refused.body, {}, {}};
        m_translations.apply(u"de"_s, QLocale(u"de_DE"_s));
        QCOMPARE(reply.error().message, u"Nur 10 von MUG-01 verfügbar (1.500 angefragt)."_s);
        m_translations.apply(u"ar"_s, QLocale(u"en_IE"_s));
        QCOMPARE(reply.error().message, u"المتاح من MUG-01 هو ١٠ فقط (المطلوب ١٬٥٠٠)."_s);
    }

    // In Arabic the module list stands on the right and the order form reads right to left.
    void arabicWindowIsMirrored()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        m_translations.apply(u"ar"_s);
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        ui::MainWindow window(session.get());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isRightToLeft());
        auto *modules = window.findChild<QListWidget *>(u"moduleList"_s);
        QVERIFY(modules);
        QVERIFY(modules->mapTo(&window, QPoint(0, 0)).x() > window.width() / 2);
        QVERIFY(window.showModule(u"orders"_s));
        auto *orders = window.findChild<ui::OrdersWidget *>();
        QVERIFY(orders && orders->intake());
        orders->showIntake();
        QVERIFY(orders->intake()->isRightToLeft());
    }

    // The whole client: log-in, the window, Preferences → Deutsch, and the window is built
    // again in German over the same session, without a new log-in.
    void theClientReopensInTheChosenLanguage()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        ui::prefs::language.reset();
        m_translations.apply(u"en"_s, QLocale(u"en_IE"_s));
        QApplication::setQuitOnLastWindowClosed(false);

        ui::DesktopOptions options;
        options.server = shop.url().toString();
        options.user = u"alice"_s;
        options.password = QString::fromLatin1(ClientShop::password);
        QStringList fileMenus; // the File menu of each window, in its language
        QTimer driver;
        driver.setInterval(100);
        connect(&driver, &QTimer::timeout, this, [&] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            for (QWidget *widget : windows) {
                auto *window = qobject_cast<ui::MainWindow *>(widget);
                if (!window || !window->isVisible() || window->property("seen").toBool())
                    continue;
                window->setProperty("seen", true);
                fileMenus.append(window->menuBar()->actions().constFirst()->text());
                if (fileMenus.size() == 1) {
                    QTimer::singleShot(0, this, [] {
                        auto *dialog = qobject_cast<ui::PreferencesDialog *>(
                            QApplication::activeModalWidget());
                        if (!dialog)
                            return;
                        QComboBox *box = dialog->languageBox();
                        box->setCurrentIndex(box->findText(u"Deutsch"_s));
                        dialog->accept();
                    });
                    window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
                } else {
                    window->close();
                }
            }
        });
        driver.start();
        QCOMPARE(ui::runDesktop(options, m_translations), 0);
        QCOMPARE(fileMenus, (QStringList{u"&File"_s, u"&Datei"_s}));
        QCOMPARE(m_translations.current(), u"de"_s);
        QCOMPARE(ui::prefs::language.get(), u"de"_s);
        ui::prefs::language.reset();
    }

    // Edit → Preferences: the language is kept and the window asks to be rebuilt in it.
    void preferencesChooseTheLanguage()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        ui::prefs::language.reset();
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        ui::MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changed(&window, &ui::MainWindow::languageChanged);
        auto *action = window.findChild<QAction *>(u"preferencesAction"_s);
        QVERIFY(action);

        bool seen = false;
        auto choose = [&](const QString &nativeName, bool accept) {
            QTimer::singleShot(0, [&, nativeName, accept] {
                auto *dialog =
                    qobject_cast<ui::PreferencesDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                seen = true;
                QComboBox *box = dialog->languageBox();
                box->setCurrentIndex(box->findText(nativeName));
                accept ? dialog->accept() : dialog->reject();
            });
            action->trigger();
        };

        // Cancel keeps everything.
        choose(u"Deutsch"_s, false);
        QVERIFY(seen);
        QCOMPARE(changed.size(), 0);
        QVERIFY(ui::prefs::language.get().isEmpty());

        seen = false;
        choose(u"العربية"_s, true);
        QVERIFY(seen);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ui::prefs::language.get(), u"ar"_s);

        // The same language again is no change.
        seen = false;
        choose(u"العربية"_s, true);
        QVERIFY(seen);
        QCOMPARE(changed.size(), 1);
        ui::prefs::language.reset();
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
