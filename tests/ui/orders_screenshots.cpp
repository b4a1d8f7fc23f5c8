// Takes the Orders screen's pictures for the documentation from a real server with the demo
// shop: shopdesk-orders-screenshots OUTPUT_DIR writes orders-intake.png, orders-list.png and
// orders-detail.png there; with a LANGUAGE (de, es, hi, ar) as second argument, only the order
// intake in that language, as orders-intake-LANGUAGE.png. Run under Xvfb or with
// QT_QPA_PLATFORM=offscreen.

#include "../client/clientfixture.h"

#include "common/language.h"

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/orderlistmodel.h"
#include "client/syncengine.h"
#include "orders/customerpanel.h"
#include "orders/orderdetailwidget.h"
#include "orders/orderintakewidget.h"
#include "orders/orderlinesmodel.h"
#include "orders/orderlistview.h"
#include "orders/orderswidget.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "orders screenshots: " << what << Qt::endl;
    std::exit(1);
}

void wait(const std::function<bool()> &done, const QString &what, int ms = 30000)
{
    if (!QTest::qWaitFor(done, ms))
        fail(u"timed out waiting for "_s + what);
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    // Time for deferred painting before the picture: there is no state to wait on.
    QTest::qWait(200);
    if (!widget->grab().save(QDir(dir).filePath(name)))
        fail(u"cannot write "_s + name);
    QTextStream(stdout) << QDir(dir).filePath(name) << Qt::endl;
}

std::unique_ptr<client::ClientSession> logIn(const QUrl &url, const QString &user,
                                             const QString &password)
{
    auto session = std::make_unique<client::ClientSession>();
    client::ConnectionSettings settings;
    settings.standalone = false;
    settings.server = url;
    QSignalSpy opened(session.get(), &client::ClientSession::opened);
    QSignalSpy failed(session.get(), &client::ClientSession::failed);
    session->open(settings, user, password);
    wait([&] { return !opened.isEmpty() || !failed.isEmpty(); }, u"log-in"_s);
    if (opened.isEmpty())
        fail(u"log-in as "_s + user + u" failed"_s);
    return session;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Shopdesk"_s);
    QCoreApplication::setApplicationName(u"shopdesk"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    if (argc < 2)
        fail(u"usage: shopdesk-orders-screenshots OUTPUT_DIR [LANGUAGE]"_s);
    const QString out = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    ui::Translations translations;
    if (!language.isEmpty() && translations.apply(language) != language)
        fail(u"no catalogue for "_s + language);
    QDir().mkpath(out);
    test::IsolatedHome home;

    // The server as an operator would run it: payment links and tracking pages configured.
    qputenv("SHOPDESK_PAYMENT_LINK_SECRET", "documentation-screenshot-secret-0123456789");
    qputenv("SHOPDESK_PAYMENT_URLS",
            "card=https://pay.example/checkout?order={order_id}&amount={amount_minor}&"
            "currency={currency} "
            "paypal=https://www.paypal.example/cgi-bin/webscr?cmd=_xclick&invoice={order_id}&"
            "amount={amount}&currency_code={currency}");
    qputenv("SHOPDESK_CARRIER_URLS", "dhl=https://www.dhl.example/track?piececode={tracking} "
                                     "ups=https://www.ups.example/track?tracknum={tracking} "
                                     "dpd=https://tracking.dpd.example/parcel/{tracking} "
                                     "gls=https://gls-group.example/track/{tracking} "
                                     "hermes=https://www.myhermes.example/track#{tracking}");
    test::ServerProcess server;
    QProcess demo;
    demo.start(QString::fromLatin1(SHOPDESK_SERVER_BIN),
               QStringList{u"demo"_s} + server.storageArguments() +
                   QStringList{u"--demo-size"_s, u"small"_s});
    if (!demo.waitForFinished(300000) || demo.exitCode() != 0)
        fail(u"demo data: "_s + QString::fromUtf8(demo.readAllStandardError()));
    if (!server.start())
        fail(u"server: "_s + server.output());

    auto agent = logIn(server.baseUrl(), u"agent"_s, u"demo-agent"_s);
    ui::MainWindow window(agent.get());
    window.resize(1480, 860);
    window.show();
    agent->engine()->start();
    wait([&] { return agent->engine()->state() == client::SyncEngine::State::Live; }, u"sync"_s,
         120000);
    if (!window.showModule(u"orders"_s))
        fail(u"no Orders module"_s);
    auto *orders = window.findChild<ui::OrdersWidget *>();
    if (!orders || !orders->intake())
        fail(u"no Orders screen"_s);
    ui::OrderIntakeWidget *intake = orders->intake();
    orders->showIntake();

    // A customer who has ordered before, found by name.
    const QList<client::CustomerRecord> customers =
        agent->cache()->queries()->findCustomers(u"@"_s, 40);
    auto customer = std::find_if(customers.cbegin(), customers.cend(), [](const auto &c) {
        return !c.address.isEmpty() && !c.phone.isEmpty();
    });
    if (customer == customers.cend())
        fail(u"no demo customer"_s);
    ui::CustomerPanel *panel = intake->customerPanel();
    QTest::keyClicks(panel->searchField(), customer->name);
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    wait([&] { return panel->customer().has_value(); }, u"the customer"_s);

    // Three lines: scanned by SKU and by barcode; products with stock to spare.
    QList<client::ProductRecord> stocked;
    for (const client::ProductRecord &p : agent->cache()->queries()->products()) {
        if (p.available >= 6 && !p.barcode.isEmpty())
            stocked.append(p);
    }
    if (stocked.size() < 3)
        fail(u"not enough stocked products"_s);
    for (const QString &code : {stocked.at(0).sku, stocked.at(1).barcode, stocked.at(2).sku}) {
        QTest::keyClicks(intake->productField(), code);
        QTest::keyClick(intake->productField(), Qt::Key_Return);
    }
    intake->linesModel()->setQuantity(0, 2);
    intake->channelBox()->setCurrentIndex(intake->channelBox()->findData(u"phone"_s));
    intake->paymentBox()->setCurrentIndex(intake->paymentBox()->findData(u"paypal"_s));
    // What an agent of that language would type.
    const QHash<QString, QString> notes{
        {QString(), u"Customer asked for delivery after 5 pm."_s},
        {u"de"_s, u"Kunde wünscht Lieferung nach 17 Uhr."_s},
        {u"es"_s, u"El cliente pidió la entrega después de las 17:00."_s},
        {u"hi"_s, u"ग्राहक ने शाम 5 बजे के बाद डिलीवरी माँगी है।"_s},
        {u"ar"_s, u"طلب العميل التوصيل بعد الساعة الخامسة مساءً."_s}};
    intake->notesField()->setPlainText(notes.value(language, notes.value(QString())));
    intake->confirmButton()->click();
    wait(
        [&] {
            const auto order = agent->cache()->queries()->order(intake->currentOrder());
            return order && order->order.status == shopdesk::OrderStatus::Reserved;
        },
        u"the reservation"_s);
    QTest::qWait(1100); // time must pass: the reservation's countdown has ticked once
    if (!language.isEmpty()) {
        save(&window, out, u"orders-intake-%1.png"_s.arg(language));
        window.setProperty("quitWithoutAsking", true);
        window.close();
        agent->close();
        return 0;
    }
    save(&window, out, u"orders-intake.png"_s);

    // Paid, then shipped by the warehouse through the API.
    const qint64 localId = intake->currentOrder();
    const qint64 orderId = agent->cache()->queries()->order(localId)->serverId();
    orders->showOrder(localId);
    ui::OrderDetailWidget *detail = orders->detail();
    QTest::keyClicks(detail->referenceField(), u"PAYID-MX41K7Q"_s);
    detail->markPaidButton()->click();
    wait([&] { return detail->titleLabel()->text().contains(u"Paid"_s); }, u"payment"_s);
    test::TestHttp warehouse(server.baseUrl());
    if (!warehouse.login(u"warehouse"_s, u"demo-warehouse"_s))
        fail(u"warehouse log-in"_s);
    const auto shipped =
        warehouse.post(u"/api/v1/orders/%1/shipment"_s.arg(orderId),
                       {{u"carrier"_s, u"DHL"_s}, {u"tracking"_s, u"JJD000390007124"_s}});
    if (shipped.status != 200)
        fail(u"shipment: "_s + QString::fromUtf8(shipped.body));
    wait([&] { return detail->titleLabel()->text().contains(u"Shipped"_s); }, u"shipment"_s);
    save(&window, out, u"orders-list.png"_s);

    detail->setParent(nullptr);
    detail->resize(620, 760);
    detail->show();
    save(detail, out, u"orders-detail.png"_s);
    delete detail;
    window.setProperty("quitWithoutAsking", true);
    window.close();
    agent->close();
    return 0;
}
