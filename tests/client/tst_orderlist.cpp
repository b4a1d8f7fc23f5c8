#include "clientfixture.h"

#include "client/customerdirectory.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/orderlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;
using namespace shopdesk::client;

namespace {

ChangeRecord change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &data)
{
    return ChangeRecord{seq, entity, id, u"update"_s, data, u"2026-11-22T10:00:00Z"_s, u"admin"_s};
}

QJsonObject customer(qint64 id, const QString &name, const QString &email, const QString &phone)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"email"_s, email},
                       {u"phone"_s, phone},
                       {u"address"_s, u""_s}};
}

QJsonObject order(qint64 id, qint64 customerId, const QString &status, const QString &channel)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"customer_id"_s, customerId},
        {u"status"_s, status},
        {u"channel"_s, channel},
        {u"payment_method"_s, u"card"_s},
        {u"created_by"_s, u"alice"_s},
        {u"created_at"_s, u"2026-11-22T10:00:00Z"_s},
        {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 1}}}},
        {u"total"_s, QJsonObject{{u"amount_minor"_s, 1250}, {u"currency"_s, u"EUR"_s}}}};
}

} // namespace

// The cache's reads for the Orders screens, the order list model over them, and the customer
// directory's rules: without a server.
class TestOrderList : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    qint64 m_seq = 0;
    int m_file = 0;

    void apply(const QString &entity, const QString &id, const QJsonObject &data)
    {
        QVERIFY(m_cache->changes()->apply({change(++m_seq, entity, id, data)}).ok());
    }

private slots:
    void init()
    {
        m_cache = std::make_unique<LocalCache>();
        QVERIFY(m_cache->open(m_dir.filePath(u"orders-%1.sqlite"_s.arg(++m_file))).ok());
        QVERIFY(m_cache->setIdentity(u"http://s"_s, u"alice"_s, u"agent"_s).ok());
        m_seq = 0;
        apply(u"customer"_s, u"1"_s,
              customer(1, u"Ada Lovelace"_s, u"ada@example.org"_s, u"+44 20 7946 0018"_s));
        apply(u"customer"_s, u"2"_s,
              customer(2, u"Grace 100% Hopper"_s, u"grace@example.org"_s, u""_s));
        apply(u"product"_s, u"MUG-01"_s,
              QJsonObject{
                  {u"sku"_s, u"MUG-01"_s},
                  {u"name"_s, u"Blue mug"_s},
                  {u"barcode"_s, u"4006381333931"_s},
                  {u"price"_s, QJsonObject{{u"amount_minor"_s, 1250}, {u"currency"_s, u"EUR"_s}}}});
        apply(u"order"_s, u"41"_s, order(41, 2, u"paid"_s, u"web"_s));
    }

    void findsCustomersByWhatAnAgentKnows()
    {
        const auto names = [](const QList<CustomerRecord> &list) {
            QStringList n;
            for (const CustomerRecord &c : list)
                n.append(c.name);
            return n;
        };
        QCOMPARE(names(m_cache->queries()->findCustomers(u"lovel"_s)),
                 QStringList{u"Ada Lovelace"_s});
        QCOMPARE(names(m_cache->queries()->findCustomers(u"GRACE@"_s)),
                 QStringList{u"Grace 100% Hopper"_s});
        // Phone digits, however they are written.
        QCOMPARE(names(m_cache->queries()->findCustomers(u"7946-0018"_s)),
                 QStringList{u"Ada Lovelace"_s});
        QCOMPARE(names(m_cache->queries()->findCustomers(u"(20) 7946"_s)),
                 QStringList{u"Ada Lovelace"_s});
        // An order number names its customer.
        QCOMPARE(names(m_cache->queries()->findCustomers(u"#41"_s)),
                 QStringList{u"Grace 100% Hopper"_s});
        QCOMPARE(names(m_cache->queries()->findCustomers(u"41"_s)),
                 QStringList{u"Grace 100% Hopper"_s});
        // LIKE wildcards are text here.
        QCOMPARE(names(m_cache->queries()->findCustomers(u"100%"_s)),
                 QStringList{u"Grace 100% Hopper"_s});
        QVERIFY(m_cache->queries()->findCustomers(u"%"_s).size() == 1);
        QVERIFY(m_cache->queries()->findCustomers(u"_"_s).isEmpty());
        QVERIFY(m_cache->queries()->findCustomers(u"  "_s).isEmpty());
        QCOMPARE(m_cache->queries()->customer(1)->email, u"ada@example.org"_s);
        QVERIFY(!m_cache->queries()->customer(99));
        QCOMPARE(m_cache->queries()->productByBarcode(u"4006381333931"_s)->sku, u"MUG-01"_s);
        QVERIFY(!m_cache->queries()->productByBarcode(u"0000"_s));
        QVERIFY(!m_cache->queries()->productByBarcode(u""_s));
    }

    void listFollowsTheCacheRowByRow()
    {
        OrderListModel model(m_cache.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.ensureLoaded();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OrderListModel::NumberColumn).data().toString(), u"#41"_s);
        QCOMPARE(model.index(0, OrderListModel::CustomerColumn).data().toString(),
                 u"Grace 100% Hopper"_s);
        QCOMPARE(model.index(0, OrderListModel::StatusColumn).data().toString(), u"Paid"_s);
        QCOMPARE(model.index(0, OrderListModel::ChannelColumn).data().toString(), u"Web"_s);
        QCOMPARE(model.index(0, OrderListModel::PaymentColumn).data().toString(), u"Card"_s);
        QCOMPARE(model.agents(), QStringList{u"alice"_s});

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        apply(u"order"_s, u"41"_s, order(41, 2, u"shipped"_s, u"web"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, OrderListModel::StatusColumn).data().toString(), u"Shipped"_s);

        // An order queued here: on top, not numbered, not confirmed.
        OutboxItem item;
        item.kind = u"order"_s;
        item.method = "POST";
        item.path = u"/api/v1/orders"_s;
        item.body = "{}";
        item.idempotencyKey = u"6f1c3c1e-1111-4b4b-9c9c-000000000001"_s;
        item.summary = u"Order"_s;
        LocalOrder queued;
        queued.order.customerId = CustomerId(1);
        queued.order.channel = u"phone"_s;
        queued.order.paymentMethod = PaymentMethod::PayPal;
        queued.order.lines = {
            OrderLine{u"MUG-01"_s, QString(), 2, Money::create(1250, u"EUR"_s).value(), {}}};
        const auto outboxId = m_cache->outbox()->enqueue(item, queued);
        QVERIFY(outboxId.ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OrderListModel::StatusColumn).data().toString(),
                 u"Queued — not confirmed"_s);
        QCOMPARE(model.index(0, OrderListModel::NumberColumn).data().toString(),
                 u"not yet numbered"_s);
        QVERIFY(model.index(0, OrderListModel::TotalColumn).data().toString().contains(u"25.00"_s));
        const qint64 localId = model.index(0, 0).data(OrderListModel::LocalIdRole).toLongLong();

        // The live feed brings the accepted order before the outbox's answer: a second row for a
        // moment, then one row again once the answer merges them.
        apply(u"order"_s, u"42"_s, order(42, 1, u"reserved"_s, u"phone"_s));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(m_cache->outbox()
                    ->markAccepted(outboxId.value(), 201, order(42, 1, u"reserved"_s, u"phone"_s))
                    .ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 1);
        const int row = model.rowOfLocalId(localId);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, OrderListModel::NumberColumn).data().toString(), u"#42"_s);
        QCOMPARE(model.index(row, OrderListModel::StatusColumn).data().toString(), u"Reserved"_s);
        QCOMPARE(resets.size(), 0);
    }

    void customerRules()
    {
        CustomerDraft draft{u"Ada"_s, u"ADA@Example.org"_s, u""_s, u""_s, u"en"_s};
        CustomerRecord ada;
        ada.id = 1;
        ada.name = u"Ada Lovelace"_s;
        ada.email = u"ada@example.org"_s;
        ada.phone = u"+44 20 7946 0018"_s;
        QVERIFY(CustomerDirectory::isLikelyDuplicate(ada, draft));
        draft.email = u"other@example.org"_s;
        QVERIFY(!CustomerDirectory::isLikelyDuplicate(ada, draft));
        draft.phone = u"+44 (20) 7946-0018"_s;
        QVERIFY(CustomerDirectory::isLikelyDuplicate(ada, draft));
        draft.phone = u"0018"_s; // too short to say
        QVERIFY(!CustomerDirectory::isLikelyDuplicate(ada, draft));

        QCOMPARE(CustomerDirectory::validate({u" "_s, u"a@b.c"_s, {}, {}, {}}).error().code,
                 u"missing_name"_s);
        QCOMPARE(CustomerDirectory::validate({u"A"_s, u"not mail"_s, {}, {}, {}}).error().code,
                 u"invalid_email"_s);
        QCOMPARE(CustomerDirectory::validate({u"A"_s, {}, {}, {}, {}}).error().code,
                 u"missing_contact"_s);
        QCOMPARE(
            CustomerDirectory::validate({QString(201, u'x'), u"a@b.c"_s, {}, {}, {}}).error().code,
            u"too_long"_s);
        QVERIFY(CustomerDirectory::validate({u"A"_s, {}, u"+49 30 1"_s, {}, {}}).ok());
    }
};

QTEST_MAIN(TestOrderList)
#include "tst_orderlist.moc"
