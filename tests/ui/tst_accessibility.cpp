#include "../client/clientfixture.h"

#include "client/batchlinemodel.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "client/warehouseservice.h"
#include "common/messagebar.h"
#include "common/themecolors.h"
#include "orders/customerpanel.h"
#include "orders/orderintakewidget.h"
#include "orders/orderlinesmodel.h"
#include "orders/orderswidget.h"
#include "shell/mainwindow.h"
#include "warehouse/batchentrywidget.h"
#include "warehouse/warehouseview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;

namespace {

// "QLineEdit productEntry < QGroupBox < OrderIntakeWidget orderIntake < …": enough to find it.
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QObject *o = widget; o; o = o->parent())
        chain.append(
            u"%1 %2"_s.arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()));
    return chain.join(u" < "_s);
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w);
}

// Parts of a compound widget that the compound itself names to assistive technology.
bool isPartOfAnother(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return true;
    for (const QObject *o = w->parent(); o; o = o->parent()) {
        // The clear button of a line edit belongs to the named field.
        if (qobject_cast<const QAbstractSpinBox *>(o) || qobject_cast<const QComboBox *>(o) ||
            qobject_cast<const QAbstractItemView *>(o) || qobject_cast<const QLineEdit *>(o))
            return true;
    }
    return false;
}

// Every visible interactive widget under root that a screen reader could not name.
int examined = 0; // interactive widgets walked, so an empty walk cannot pass

QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInteractive(w) || isPartOfAnother(w))
            continue;
        ++examined;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}

// Walks the window with every tab of every tab widget shown in turn.
QStringList unnamedInAllTabs(QWidget *window)
{
    QSet<QString> found;
    for (const QString &w : unnamedWidgets(window))
        found.insert(w);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &w : unnamedWidgets(window))
                found.insert(w);
        }
        tabs->setCurrentIndex(before);
    }
    QStringList list = found.values();
    list.sort();
    return list;
}

// Keys go where the keyboard focus is, as they do for the user: no widget is aimed at.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // With no focus widget (a confirmed order locks the form) the window gets the key.
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    QVERIFY2(target, "no window is active");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

} // namespace

// Screens usable with assistive technology and with the keyboard alone, and readable in a
// dark theme.
class TestAccessibility : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

    void checkEveryModuleOf(ClientShop &shop, const QString &user)
    {
        auto session = test::openLiveSession(shop.url(), user);
        QVERIFY2(session, qPrintable(user));
        ui::MainWindow window(session.get());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.moduleIds().isEmpty());
        for (const QString &id : window.moduleIds()) {
            QVERIFY(window.showModule(id));
            QTRY_COMPARE(window.currentModule(), id);
            examined = 0;
            const QStringList unnamed = unnamedInAllTabs(&window);
            QVERIFY2(examined >= 4, qPrintable(u"only %1 widgets in %2"_s.arg(examined).arg(id)));
            QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1, module %2, widgets without an "
                                                   u"accessible name:\n  %3"_s.arg(
                                                       user, id, unnamed.join(u"\n  "_s))));
        }
        // SHOPDESK_SCREENSHOT_DIR set: the shell as this user sees it (run with QT_SCALE_FACTOR=2
        // to check the icons stay sharp).
        if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(window.showModule(window.moduleIds().constFirst()));
            QTRY_COMPARE(window.currentModule(), window.moduleIds().constFirst());
            window.grab().save(QDir(dir).filePath(u"shell-%1.png"_s.arg(user)));
        }
        // The forms shown on demand: a new customer.
        if (auto *orders = window.findChild<ui::OrdersWidget *>(); orders && orders->intake()) {
            QVERIFY(window.showModule(u"orders"_s));
            orders->showIntake();
            auto *create = orders->intake()->findChild<QPushButton *>(u"newCustomer"_s);
            QVERIFY(create);
            create->setChecked(true);
            const QStringList unnamed = unnamedWidgets(&window);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n  "_s)));
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        // Agent: products and orders; warehouse: the warehouse; manager: trends.
        for (const QString &user : {u"alice"_s, u"wanda"_s, u"mia"_s}) {
            checkEveryModuleOf(shop, user);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void orderIntakeWithTheKeyboardAlone()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto session = test::openLiveSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        client::ProductTableModel products(session->cache());
        ui::OrdersWidget orders(session.get(), &products);
        orders.resize(1100, 700);
        orders.show();
        QApplication::setActiveWindow(&orders);
        QVERIFY(QTest::qWaitForWindowActive(&orders));
        QTRY_VERIFY(session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::OrderIntakeWidget *intake = orders.intake();
        ui::CustomerPanel *panel = intake->customerPanel();

        // Alt+C: the customer search; a name and Enter pick the customer.
        press(Qt::Key_C, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(panel->searchField()));
        type(u"lovelace"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(panel->customer() && panel->customer()->name == u"Ada Lovelace"_s);

        // Alt+I: the product field; a SKU and Enter add a line, twice makes two units.
        press(Qt::Key_I, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(intake->productField()));
        type(u"MUG-01"_s);
        press(Qt::Key_Return);
        type(u"mug-01"_s);
        press(Qt::Key_Return);
        QCOMPARE(intake->linesModel()->rowCount(), 1);
        QCOMPARE(
            intake->linesModel()->index(0, ui::OrderLinesModel::QuantityColumn).data().toString(),
            u"2"_s);

        // Alt+P: the payment method, chosen with the arrow keys.
        press(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(intake->paymentBox()));
        const int before = intake->paymentBox()->currentIndex();
        press(Qt::Key_Down);
        QCOMPARE(intake->paymentBox()->currentIndex(), before + 1);
        const QString method = intake->paymentBox()->currentData().toString();

        // Alt+T: notes; Ctrl+Enter confirms from wherever the focus is.
        press(Qt::Key_T, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(intake->notesField()));
        type(u"Call before delivery"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(intake->statusLabel()->text().startsWith(u"Reserved — order #"_s),
                     qPrintable(intake->statusLabel()->text()));

        static const QRegularExpression number(u"#(\\d+)"_s);
        const qint64 id = number.match(intake->statusLabel()->text()).captured(1).toLongLong();
        QVERIFY(id > 0);
        const QJsonObject order = shop.admin().get(u"/api/v1/orders/%1"_s.arg(id)).json();
        QCOMPARE(order[u"notes"_s].toString(), u"Call before delivery"_s);
        QCOMPARE(order[u"payment_method"_s].toString(), method);
        QCOMPARE(order[u"lines"_s].toArray().first()[u"quantity"_s].toInt(), 2);

        // Alt+X: the next order, the customer search has the focus again.
        press(Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY(intake->linesModel()->rowCount() == 0);
        QCOMPARE(focused(), static_cast<QWidget *>(panel->searchField()));
    }

    void warehouseReceiptWithTheKeyboardAlone()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto session = test::openLiveSession(shop.url(), u"wanda"_s);
        QVERIFY(session);
        client::WarehouseService service(session->api(), session->cache());
        ui::WarehouseView view(&service);
        view.resize(900, 600);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_VERIFY(session->cache()->queries()->product(u"MUG-01"_s).has_value());
        ui::BatchEntryWidget *batch = view.batchEntry();

        // Alt+W: what to do; "Receive goods" is chosen with the keys.
        press(Qt::Key_W, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(batch->kindBox()));
        press(Qt::Key_End);
        press(Qt::Key_Home);
        QCOMPARE(batch->kind(), client::BatchKind::Receive);
        press(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(batch->supplierField()));
        type(u"Acme Ceramics"_s);
        press(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(batch->referenceField()));
        type(u"PO-4711"_s);

        // Alt+C: the scan field; each scan is a code and Enter.
        press(Qt::Key_C, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(batch->scanField()));
        type(u"MUG-01"_s);
        press(Qt::Key_Return);
        QCOMPARE(batch->model()->rowCount(), 1);

        // Tab into the lines, across to the quantity, F2 and a number.
        press(Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(batch->table()));
        while (batch->table()->currentIndex().column() < client::BatchLineModel::QuantityColumn) {
            const int column = batch->table()->currentIndex().column();
            press(Qt::Key_Right);
            QVERIFY(batch->table()->currentIndex().column() > column);
        }
        press(Qt::Key_F2);
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"12"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(batch->model()->line(0).quantity, 12);

        // Ctrl+Enter posts the batch.
        QSignalSpy posted(batch, &ui::BatchEntryWidget::posted);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, 15000);
        QCOMPARE(batch->model()->rowCount(), 0);
        QCOMPARE(shop.admin().get(u"/api/v1/stock/MUG-01"_s).json()[u"on_hand"_s].toInteger(), 22);
    }

    void messagesAndHighlightsStayReadableInADarkTheme()
    {
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, Qt::black);
        for (const bool isDark : {true, false}) {
            const QPalette &palette = isDark ? dark : light;
            QApplication::setPalette(palette);
            ui::MessageBar bar;
            bar.resize(400, 40);
            for (auto kind : {ui::MessageBar::Kind::Information, ui::MessageBar::Kind::Warning,
                              ui::MessageBar::Kind::Error}) {
                bar.showMessage(u"The server cannot be reached"_s, kind);
                const double ratio =
                    ui::contrastRatio(bar.foregroundColor(), bar.backgroundColor());
                QVERIFY2(ratio >= 4.5, qPrintable(u"message bar %1 on %2: %3"_s
                                                      .arg(bar.foregroundColor().name(),
                                                           bar.backgroundColor().name())
                                                      .arg(ratio)));
                // In a dark theme the bar is dark too, not a light box with light text.
                QVERIFY(std::abs(bar.backgroundColor().lightnessF() -
                                 palette.color(QPalette::Window).lightnessF()) < 0.2);
                // What the label really paints with.
                auto *text = bar.findChild<QLabel *>(u"messageText"_s);
                QVERIFY(text);
                text->ensurePolished();
                QCOMPARE(text->palette().color(QPalette::WindowText), bar.foregroundColor());
                // The same tone again, after the others: the colours do not drift.
                QCOMPARE(bar.backgroundColor(),
                         ui::toneColors(kind == ui::MessageBar::Kind::Error ? ui::Tone::Error
                                        : kind == ui::MessageBar::Kind::Warning
                                            ? ui::Tone::Warning
                                            : ui::Tone::Information,
                                        palette)
                             .background);
                if (const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
                    !dir.isEmpty()) {
                    bar.grab().save(QDir(dir).filePath(
                        u"messagebar-%1-%2.png"_s.arg(isDark ? u"dark"_s : u"light"_s)
                            .arg(int(kind))));
                }
            }
            for (auto tone :
                 {ui::Tone::Information, ui::Tone::Warning, ui::Tone::Error, ui::Tone::Success}) {
                const ui::ToneColors colors = ui::toneColors(tone, palette);
                QVERIFY(ui::contrastRatio(colors.foreground, colors.background) >= 4.5);
                const QColor text = ui::toneText(tone, palette);
                // The red of "nothing left" in tables, on the table's base colour.
                const QColor red = ui::readableOnBase(QColor(0xb0, 0x1e, 0x1e), palette);
                QVERIFY2(ui::contrastRatio(red, palette.color(QPalette::Base)) >= 4.5,
                         qPrintable(red.name()));
                QVERIFY2(ui::contrastRatio(text, palette.color(QPalette::Window)) >= 4.5,
                         qPrintable(text.name()));
            }
        }
        QApplication::setPalette(original);
    }

    void theWalkReportsAFieldWithoutAName()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *label = new QLabel(u"&Supplier:"_s);
        auto *named = new QLineEdit;
        label->setBuddy(named);
        auto *bare = new QLineEdit;
        bare->setObjectName(u"bareField"_s);
        bare->setPlaceholderText(u"a placeholder is not a name"_s);
        layout->addWidget(label);
        layout->addWidget(named);
        layout->addWidget(bare);
        form.show();
        const QStringList unnamed = unnamedWidgets(&form);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY2(unnamed.first().startsWith(u"QLineEdit bareField < QWidget"_s),
                 qPrintable(unnamed.first()));
        bare->setAccessibleName(u"Reference"_s);
        QVERIFY(unnamedWidgets(&form).isEmpty());
    }

    void contrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ui::contrastRatio(Qt::red, Qt::red), 1.0);
        // #767676 on white is the lightest grey that passes AA.
        QVERIFY(ui::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(ui::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
