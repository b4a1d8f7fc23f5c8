#include "clientfixture.h"

#include "client/apiclient.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/outboxmodel.h"
#include "client/syncengine.h"
#include "domain/ids.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::client;

// The outbox on disk: what the user did survives a restart, in order, with its key.
class TestOutbox : public QObject
{
    Q_OBJECT
    shopdesk::test::IsolatedHome m_home;
    QTemporaryDir m_dir;

    static OrderDraft draft(qint64 quantity)
    {
        OrderDraft d;
        d.customerId = 3;
        d.channel = u"phone"_s;
        d.paymentMethod = u"card"_s;
        d.lines = {{u"MUG-01"_s, quantity}};
        return d;
    }

private slots:
    void queuedOrdersSurviveARestartInOrder()
    {
        const QString path = m_dir.filePath(u"outbox.sqlite"_s);
        QStringList keys;
        qint64 orderId = 0;
        {
            LocalCache cache;
            QVERIFY(cache.open(path).ok());
            ApiClient api(QUrl(u"http://127.0.0.1:9"_s));
            SyncEngine engine(&cache, &api); // never started: as if offline
            QSignalSpy pending(&cache, &LocalCache::pendingCountChanged);
            const auto first = engine.queueOrder(draft(2));
            QVERIFY2(first.ok(), qPrintable(first.error().message));
            MovementDraft movement{u"MUG-01"_s, u"removal"_s, -1, u"damaged"_s, {}, {}, {}};
            QVERIFY(engine.queueMovement(movement).ok());
            QCOMPARE(pending.last().first().toInt(), 2);
            const auto item = cache.outbox()->item(first.value());
            QVERIFY(item);
            orderId = item->orderLocalId;
            QVERIFY(orderId > 0);
            QCOMPARE(cache.queries()->order(orderId)->order.status, shopdesk::OrderStatus::Queued);
            QVERIFY(!cache.queries()->order(orderId)->isConfirmed());
            for (const OutboxItem &i : cache.outbox()->items())
                keys.append(i.idempotencyKey);
        }
        LocalCache cache;
        QVERIFY(cache.open(path).ok());
        QCOMPARE(cache.outbox()->pendingCount(), 2);
        const QList<OutboxItem> items = cache.outbox()->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).kind, u"order"_s);
        QCOMPARE(items.at(1).kind, u"movement"_s);
        // The keys made when the user acted are the ones that will be sent.
        QCOMPARE(QStringList({items.at(0).idempotencyKey, items.at(1).idempotencyKey}), keys);
        QVERIFY(shopdesk::IdempotencyKey::parse(keys.first()).ok());
        QCOMPARE(cache.outbox()->nextPending()->id, items.at(0).id);
        const QJsonObject body = QJsonDocument::fromJson(items.at(0).body).object();
        QCOMPARE(body.value(u"customer_id"_s).toInt(), 3);
        QCOMPARE(body.value(u"lines"_s).toArray().first().toObject().value(u"quantity"_s).toInt(),
                 2);
        QCOMPARE(cache.queries()->order(orderId)->order.status, shopdesk::OrderStatus::Queued);

        OutboxModel model(&cache);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.statusText(0), u"Queued — not confirmed"_s);
    }

    void answersAreRecordedAndFollowed()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"answers.sqlite"_s)).ok());
        QVERIFY(cache.setIdentity(u"http://s"_s, u"alice"_s, u"agent"_s).ok());
        ApiClient api(QUrl(u"http://127.0.0.1:9"_s));
        SyncEngine engine(&cache, &api);
        const qint64 first = engine.queueOrder(draft(2)).value();
        const qint64 second = engine.queueOrder(draft(50)).value();
        OutboxModel model(&cache);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(cache.outbox()->recordAttempt(first, u"The server cannot be reached"_s).ok());
        QVERIFY(model.statusText(0).startsWith(u"Queued — not confirmed (tried once"_s));

        QVERIFY(
            cache.outbox()
                ->markAccepted(first, 201, QJsonObject{{u"id"_s, 41}, {u"status"_s, u"reserved"_s}})
                .ok());
        QCOMPARE(cache.outbox()->nextPending()->id, second);
        QCOMPARE(model.statusText(0), u"Order 41: reserved"_s);
        const qint64 orderId = cache.outbox()->item(first)->orderLocalId;
        QCOMPARE(cache.queries()->order(orderId)->serverId(), 41);

        // The order's later life comes through the change log.
        QVERIFY(cache.changes()
                    ->apply({ChangeRecord{5,
                                          u"order"_s,
                                          u"41"_s,
                                          u"update"_s,
                                          QJsonObject{{u"id"_s, 41}, {u"status"_s, u"paid"_s}},
                                          {},
                                          {}}})
                    .ok());
        QCOMPARE(model.statusText(0), u"Order 41: paid"_s);
        QCOMPARE(cache.queries()->orderByServerId(41)->localId, orderId);

        const shopdesk::Error refusal{
            u"insufficient_stock"_s, u"Only 10 of MUG-01 available; 50 asked for."_s,
            QJsonObject{{u"sku"_s, u"MUG-01"_s}, {u"requested"_s, 50}, {u"available"_s, 10}}};
        QVERIFY(cache.outbox()->markRefused(second, 409, refusal).ok());
        QCOMPARE(cache.outbox()->pendingCount(), 0);
        QCOMPARE(model.statusText(1), u"Refused: Only 10 of MUG-01 available (50 asked for)."_s);
        QCOMPARE(cache.queries()->order(cache.outbox()->item(second)->orderLocalId)->order.status,
                 shopdesk::OrderStatus::Refused);
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 3);
    }

    void rejectsAnOrderThatCannotBeRight()
    {
        LocalCache cache;
        QVERIFY(cache.open(m_dir.filePath(u"invalid.sqlite"_s)).ok());
        ApiClient api(QUrl(u"http://127.0.0.1:9"_s));
        SyncEngine engine(&cache, &api);
        OrderDraft empty = draft(1);
        empty.lines.clear();
        QCOMPARE(engine.queueOrder(empty).error().code, u"empty_order"_s);
        QCOMPARE(engine.queueOrder(draft(0)).error().code, u"invalid_quantity"_s);
        OrderDraft channel = draft(1);
        channel.channel = u"pigeon"_s;
        QCOMPARE(engine.queueOrder(channel).error().code, u"invalid_channel"_s);
        QCOMPARE(cache.outbox()->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
