#include "clientfixture.h"

#include "client/care/customersearchmodel.h"
#include "client/care/customerservice.h"
#include "client/care/customertimelinemodel.h"
#include "client/clientsession.h"
#include "client/customerdirectory.h"
#include "domain/care/customermatch.h"
#include "domain/care/customerprofile.h"
#include "domain/care/customersummary.h"
#include "domain/care/timelineentry.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using shopdesk::test::ClientShop;
using Action = client::CustomerService::Action;

namespace {

QJsonObject eur(qint64 minor)
{
    return {{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
}

care::TimelineEntry entry(const QString &id, const QString &kind)
{
    return care::TimelineEntry::fromJson(
               {{u"id"_s, id}, {u"kind"_s, kind}, {u"at"_s, u"2026-12-01T10:00:00Z"_s}})
        .value();
}

} // namespace

// The Customers screen's client side: the care types read from the API's JSON, the timeline
// and search models, and the service against a real server.
class TestClientCustomers : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Shopdesk"_s);
        QCoreApplication::setApplicationName(u"shopdesk"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    }

    void profileReadsListsAndOlderAnswers_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QStringList>("phones");
        QTest::addColumn<QStringList>("streets");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<qint64>("mergedInto");

        QTest::addRow("lists")
            << QJsonObject{{u"id"_s, 4},
                           {u"name"_s, u"Ida Sommer"_s},
                           {u"phones"_s, QJsonArray{QJsonObject{{u"label"_s, u"mobile"_s},
                                                                {u"number"_s, u"+43 660 1"_s}},
                                                    QJsonObject{{u"label"_s, u"work"_s},
                                                                {u"number"_s, u"+43 1 2"_s}}}},
                           {u"addresses"_s, QJsonArray{QJsonObject{{u"street"_s, u"Ring 1"_s},
                                                                   {u"postcode"_s, u"1010"_s},
                                                                   {u"city"_s, u"Wien"_s},
                                                                   {u"country"_s, u"AT"_s}}}},
                           {u"marketing_consent"_s, true},
                           {u"merged_into"_s, QJsonValue::Null}}
            << QStringList{u"+43 660 1"_s, u"+43 1 2"_s} << QStringList{u"Ring 1"_s} << true
            << qint64(0);
        QTest::addRow("only phone and address")
            << QJsonObject{{u"id"_s, 5},
                           {u"name"_s, u"Old Style"_s},
                           {u"phone"_s, u"0660 9"_s},
                           {u"address"_s, u"Gasse 2, Graz"_s}}
            << QStringList{u"0660 9"_s} << QStringList{u"Gasse 2, Graz"_s} << false << qint64(0);
        QTest::addRow("merged") << QJsonObject{{u"id"_s, 6},
                                               {u"name"_s, u"Twin"_s},
                                               {u"phones"_s, QJsonArray()},
                                               {u"addresses"_s, QJsonArray()},
                                               {u"merged_into"_s, 4}}
                                << QStringList() << QStringList() << false << qint64(4);
    }

    void profileReadsListsAndOlderAnswers()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QStringList, phones);
        QFETCH(QStringList, streets);
        QFETCH(bool, consent);
        QFETCH(qint64, mergedInto);
        const auto profile = care::CustomerProfile::fromJson(json);
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        QStringList numbers;
        for (const care::CustomerPhone &p : profile.value().phones)
            numbers.append(p.number);
        QCOMPARE(numbers, phones);
        QStringList gotStreets;
        for (const care::CustomerAddress &a : profile.value().addresses)
            gotStreets.append(a.street);
        QCOMPARE(gotStreets, streets);
        QCOMPARE(profile.value().marketingConsent, consent);
        QCOMPARE(profile.value().mergedInto.value_or(0), mergedInto);
    }

    void profileRefusesBrokenAnswers_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << QJsonObject{{u"name"_s, u"X"_s}} << u"id"_s;
        QTest::addRow("phone without number")
            << QJsonObject{{u"id"_s, 1},
                           {u"name"_s, u"X"_s},
                           {u"phones"_s, QJsonArray{QJsonObject{{u"label"_s, u"mobile"_s}}}}}
            << u"phones[0].number"_s;
        QTest::addRow("phones not a list")
            << QJsonObject{{u"id"_s, 1}, {u"name"_s, u"X"_s}, {u"phones"_s, u"0660"_s}}
            << u"phones"_s;
    }

    void profileRefusesBrokenAnswers()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto profile = care::CustomerProfile::fromJson(json);
        QVERIFY(!profile);
        QCOMPARE(profile.error().details.value(u"field"_s).toString(), field);
    }

    void profileValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("phones");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("code");
        QTest::addRow("fine") << u"Ida"_s << 1 << u"AT"_s << QString();
        QTest::addRow("empty name") << u"  "_s << 1 << u"AT"_s << u"missing_name"_s;
        QTest::addRow("eleven phones") << u"Ida"_s << 11 << u"AT"_s << u"too_many"_s;
        QTest::addRow("bad country") << u"Ida"_s << 1 << u"Austria"_s << u"invalid_country"_s;
        QTest::addRow("no country") << u"Ida"_s << 0 << QString() << QString();
    }

    void profileValidation()
    {
        QFETCH(QString, name);
        QFETCH(int, phones);
        QFETCH(QString, country);
        QFETCH(QString, code);
        care::CustomerProfile p;
        p.id = 1;
        p.name = name;
        for (int i = 0; i < phones; ++i)
            p.phones.append({u"mobile"_s, u"0660 %1"_s.arg(i)});
        p.addresses.append({QString(), u"Ring 1"_s, u"1010"_s, u"Wien"_s, country});
        const auto valid = p.validate();
        QCOMPARE(valid ? QString() : valid.error().code, code);
        if (code.isEmpty()) {
            const QJsonObject patch = p.toPatch();
            QCOMPARE(patch.value(u"phones"_s).toArray().size(), phones);
            QCOMPARE(patch.value(u"addresses"_s).toArray().first()[u"city"_s].toString(),
                     u"Wien"_s);
        }
    }

    void matchAndSummary()
    {
        const auto match = care::CustomerMatch::fromJson(
            {{u"id"_s, 3},
             {u"name"_s, u"Ida Sommer"_s},
             {u"city"_s, u"Wien"_s},
             {u"last_order"_s, QJsonObject{{u"id"_s, 17},
                                           {u"at"_s, u"2026-12-03T09:00:00Z"_s},
                                           {u"status"_s, u"paid"_s}}}});
        QVERIFY(match);
        QCOMPARE(match.value().city, u"Wien"_s);
        QCOMPARE(match.value().lastOrder->id, 17);
        QCOMPARE(client::CustomerSearchModel::lastOrderText(match.value()),
                 u"#17 · 03/12/2026 · Paid"_s);
        const auto broken = care::CustomerMatch::fromJson(
            {{u"id"_s, 3},
             {u"name"_s, u"Ida"_s},
             {u"last_order"_s, QJsonObject{{u"id"_s, 17},
                                           {u"at"_s, u"2026-12-03T09:00:00Z"_s},
                                           {u"status"_s, u"lost"_s}}}});
        QVERIFY(!broken);
        QCOMPARE(broken.error().details.value(u"field"_s).toString(), u"last_order.status"_s);

        const auto summary =
            care::CustomerSummary::fromJson({{u"customer_id"_s, 3},
                                             {u"lifetime_revenue"_s, eur(12345)},
                                             {u"orders"_s, 4},
                                             {u"returned_orders"_s, 1},
                                             {u"returns_rate"_s, 0.25},
                                             {u"open_tickets"_s, 0},
                                             {u"customer_since"_s, u"2026-01-02T03:04:05Z"_s},
                                             {u"last_order_at"_s, QJsonValue::Null}});
        QVERIFY(summary);
        QCOMPARE(summary.value().lifetimeRevenue->amountMinor(), 12345);
        QCOMPARE(summary.value().returnsRate, 0.25);
        QVERIFY(!summary.value().lastOrderAt.isValid());
        QVERIFY(!care::CustomerSummary::fromJson({{u"customer_id"_s, 3}}));
    }

    void timelineTexts_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("text");
        const QJsonObject base{{u"at"_s, u"2026-12-01T10:00:00Z"_s}, {u"user"_s, u"alice"_s}};
        auto with = [&](QJsonObject more) {
            for (auto it = base.begin(); it != base.end(); ++it)
                more.insert(it.key(), it.value());
            return more;
        };
        QTest::addRow("order created") << with({{u"id"_s, u"order_created:17"_s},
                                                {u"kind"_s, u"order_created"_s},
                                                {u"order_id"_s, 17},
                                                {u"total"_s, eur(3490)},
                                                {u"channel"_s, u"phone"_s}})
                                       << u"Order"_s << u"Order #17 created: €34.90 (Phone)"_s;
        QTest::addRow("order status") << with({{u"id"_s, u"order_status:5"_s},
                                               {u"kind"_s, u"order_status"_s},
                                               {u"order_id"_s, 17},
                                               {u"status"_s, u"paid"_s}})
                                      << u"Order status"_s << u"Order #17 is now Paid"_s;
        QTest::addRow("mail") << with({{u"id"_s, u"mail_sent:2"_s},
                                       {u"kind"_s, u"mail_sent"_s},
                                       {u"subject"_s, u"Your order 17"_s},
                                       {u"status"_s, u"sent"_s}})
                              << u"E-mail"_s << u"E-mail sent: Your order 17"_s;
        // The mails after the sale read by their subject, whatever their kind.
        QTest::addRow("shipping notice")
            << with({{u"id"_s, u"mail_sent:3"_s},
                     {u"kind"_s, u"mail_sent"_s},
                     {u"order_id"_s, 17},
                     {u"mail_kind"_s, u"shipped"_s},
                     {u"subject"_s, u"Your order 17 at Shopdesk is on its way"_s},
                     {u"status"_s, u"sent"_s}})
            << u"E-mail"_s << u"E-mail sent: Your order 17 at Shopdesk is on its way"_s;
        QTest::addRow("payment reminder")
            << with(
                   {{u"id"_s, u"mail_sent:4"_s},
                    {u"kind"_s, u"mail_sent"_s},
                    {u"order_id"_s, 18},
                    {u"mail_kind"_s, u"payment_reminder"_s},
                    {u"subject"_s, u"Reminder: your order 18 at Shopdesk is waiting for payment"_s},
                    {u"status"_s, u"pending"_s}})
            << u"E-mail"_s
            << u"E-mail waiting to be sent: Reminder: your order 18 at Shopdesk is waiting for "
               u"payment"_s;
        QTest::addRow("note") << with({{u"id"_s, u"note:1"_s},
                                       {u"kind"_s, u"note"_s},
                                       {u"text"_s, u"Called back"_s}})
                              << u"Note"_s << u"Called back"_s;
        QTest::addRow("merged") << with({{u"id"_s, u"merged:9"_s}, {u"kind"_s, u"merged"_s}})
                                << u"Merged"_s
                                << u"A duplicate record was merged into this customer."_s;
        QTest::addRow("unknown kind") << with({{u"id"_s, u"survey:1"_s},
                                               {u"kind"_s, u"survey"_s},
                                               {u"text"_s, u"Rated 5 of 5"_s}})
                                      << u"Event"_s << u"Rated 5 of 5"_s;
    }

    void timelineTexts()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, label);
        QFETCH(QString, text);
        const auto e = care::TimelineEntry::fromJson(json);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(client::CustomerTimelineModel::kindLabel(e.value()), label);
        QCOMPARE(client::CustomerTimelineModel::describe(e.value()), text);
    }

    void timelinePages()
    {
        client::CustomerTimelineModel model;
        QAbstractItemModelTester tester(&model);
        model.reset(7);
        model.addPage(8, {}, {entry(u"note:1"_s, u"note"_s)}, {}); // another customer
        QCOMPARE(model.rowCount(), 0);
        model.addPage(7, {}, {entry(u"note:3"_s, u"note"_s), entry(u"note:2"_s, u"note"_s)},
                      u"c2"_s);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.hasOlder());
        // The older page overlaps and arrives twice: nothing is listed twice.
        const QList<care::TimelineEntry> older{entry(u"note:2"_s, u"note"_s),
                                               entry(u"note:1"_s, u"note"_s)};
        model.addPage(7, u"c2"_s, older, {});
        model.addPage(7, u"c2"_s, older, {});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.hasOlder());
        QCOMPARE(model.index(2).data(client::CustomerTimelineModel::EntryIdRole).toString(),
                 u"note:1"_s);
        // The newest page again replaces what is shown.
        model.addPage(7, {}, {entry(u"note:4"_s, u"note"_s)}, u"c4"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void serviceAgainstServer()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto session = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        client::CustomerService service(session->api(), session->cache());
        QSignalSpy loaded(&service, &client::CustomerService::profileLoaded);
        QSignalSpy saved(&service, &client::CustomerService::saved);
        QSignalSpy failed(&service, &client::CustomerService::failed);

        service.load(shop.customerId());
        QTRY_COMPARE(loaded.size(), 1);
        auto profile = loaded.first().first().value<care::CustomerProfile>();
        QCOMPARE(profile.name, u"Ada Lovelace"_s);

        profile.phones = {{u"mobile"_s, u"+44 7700 900123"_s}};
        profile.addresses = {
            {u"home"_s, u"12 St James's Sq"_s, u"SW1Y 4JH"_s, u"London"_s, u"GB"_s}};
        service.save(profile);
        QTRY_COMPARE(saved.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        const QJsonObject stored =
            shop.admin().get(u"/api/v1/customers/%1"_s.arg(shop.customerId())).json();
        QCOMPARE(stored.value(u"phone"_s).toString(), u"+44 7700 900123"_s);
        QCOMPARE(stored.value(u"addresses"_s).toArray().first()[u"city"_s].toString(), u"London"_s);

        // A refused save: the server's reason, and the stored customer as it was.
        profile.email = u"not an address"_s;
        service.save(profile);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Action>(), Action::Save);
        QVERIFY(!failed.first().at(2).toString().isEmpty());
        QCOMPARE(shop.admin()
                     .get(u"/api/v1/customers/%1"_s.arg(shop.customerId()))
                     .json()
                     .value(u"email"_s)
                     .toString(),
                 u"ada@example.org"_s);

        // A merge with itself never reaches the server.
        service.merge(shop.customerId(), shop.customerId());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().first().value<Action>(), Action::Merge);
    }

    void notesTimelineAndSearch()
    {
        ClientShop shop;
        SHOPDESK_REQUIRE_BACKEND(shop.server());
        QVERIFY2(shop.start(), qPrintable(shop.server().output()));
        auto session = test::openSession(shop.url(), u"alice"_s);
        QVERIFY(session);
        client::CustomerService service(session->api(), session->cache());
        QSignalSpy noted(&service, &client::CustomerService::noteAdded);
        QSignalSpy pages(&service, &client::CustomerService::timelineLoaded);
        QSignalSpy failed(&service, &client::CustomerService::failed);
        service.addNote(shop.customerId(), u"   "_s);
        QCOMPARE(failed.size(), 1);
        service.addNote(shop.customerId(), u"Prefers a call after 5 pm"_s);
        QTRY_COMPARE(noted.size(), 1);
        service.loadTimeline(shop.customerId());
        QTRY_COMPARE(pages.size(), 1);
        const auto entries = pages.first().at(2).value<QList<care::TimelineEntry>>();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const care::TimelineEntry &e) {
            return e.kind() == care::TimelineEntry::Kind::Note &&
                   e.text == u"Prefers a call after 5 pm"_s;
        }));

        client::CustomerDirectory directory(session->cache(), session->api());
        client::CustomerSearchModel model(&directory);
        QAbstractItemModelTester tester(&model);
        QSignalSpy searched(&model, &client::CustomerSearchModel::searched);
        model.setQuery(u"lovelace"_s);
        QTRY_COMPARE(searched.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, client::CustomerSearchModel::Name).data().toString(),
                 u"Ada Lovelace"_s);
        QCOMPARE(model.index(0, client::CustomerSearchModel::Email).data().toString(),
                 u"ada@example.org"_s);
        model.setQuery(u"nobody-like-this"_s);
        QTRY_COMPARE(searched.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestClientCustomers)
#include "tst_client_customers.moc"
