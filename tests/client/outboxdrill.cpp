// shopdesk-outbox-drill: a client without windows for the kill drill (tst_client_killdrill).
//
//   shopdesk-outbox-drill --server URL --user NAME [--queue N --customer ID --sku SKU
//                         --tag TAG]
//
// Logs in as the desktop client does (ClientSession: the profile's cache under
// XDG_DATA_HOME, SHOPDESK_PASSWORD as the password), queues N orders of 1 to 3 units of SKU
// with the notes "TAG-<i>" before it starts syncing, then syncs and sends the outbox. One
// line a step on standard output, so that the drill can kill it at a chosen moment:
//   queued <i> / rebuilt <kept> / sending <outbox id> / accepted <outbox id> <order id> /
//   refused <outbox id> <code> / drained
// It exits 0 once the outbox is empty and the engine live, 2 if it cannot log in.

#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using shopdesk::client::ClientSession;
using shopdesk::client::OutboxItem;
using shopdesk::client::SyncEngine;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool queueOrders(SyncEngine &engine, int count, qint64 customerId, const QString &sku,
                 const QString &tag)
{
    for (int i = 0; i < count; ++i) {
        shopdesk::client::OrderDraft draft;
        draft.customerId = customerId;
        draft.channel = u"phone"_s;
        draft.paymentMethod = u"card"_s;
        draft.notes = tag + u'-' + QString::number(i);
        draft.lines = {{sku, 1 + i % 3}};
        if (auto id = engine.queueOrder(draft); !id) {
            say(u"failed "_s + id.error().message);
            return false;
        }
        say(u"queued "_s + QString::number(i));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk"_s);
    QCoreApplication::setOrganizationName(u"Shopdesk"_s);
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, u"Server URL"_s, u"url"_s);
    const QCommandLineOption user(u"user"_s, u"User name"_s, u"name"_s);
    const QCommandLineOption queue(u"queue"_s, u"Orders to queue"_s, u"n"_s, u"0"_s);
    const QCommandLineOption customer(u"customer"_s, u"Customer id"_s, u"id"_s);
    const QCommandLineOption sku(u"sku"_s, u"SKU ordered"_s, u"sku"_s);
    const QCommandLineOption tag(u"tag"_s, u"Notes prefix"_s, u"tag"_s);
    parser.addOptions({server, user, queue, customer, sku, tag});
    parser.process(app);

    ClientSession session;
    QObject::connect(&session, &ClientSession::failed, &app, [](const shopdesk::Error &error) {
        say(u"failed "_s + error.message);
        QCoreApplication::exit(2);
    });
    QObject::connect(&session, &ClientSession::opened, &app, [&] {
        if (session.cache()->wasRebuilt())
            say(u"rebuilt "_s + QString::number(session.cache()->keptChanges()));
        SyncEngine *engine = session.engine();
        engine->setReconnectDelays(100, 400);
        if (!queueOrders(*engine, parser.value(queue).toInt(), parser.value(customer).toLongLong(),
                         parser.value(sku), parser.value(tag))) {
            QCoreApplication::exit(3);
            return;
        }
        QObject::connect(engine, &SyncEngine::mutationSending, &app,
                         [](const OutboxItem &item) { say(u"sending %1"_s.arg(item.id)); });
        QObject::connect(engine, &SyncEngine::mutationAccepted, &app, [](const OutboxItem &item) {
            say(u"accepted %1 %2"_s.arg(item.id).arg(
                qint64(item.response.value(u"id"_s).toDouble())));
        });
        QObject::connect(engine, &SyncEngine::mutationRefused, &app, [](const OutboxItem &item) {
            say(u"refused %1 %2"_s.arg(item.id).arg(item.refusal.code));
        });
        const auto drainedYet = [&session] {
            if (session.engine()->state() == SyncEngine::State::Live &&
                session.cache()->outbox()->pendingCount() == 0) {
                say(u"drained"_s);
                QCoreApplication::exit(0);
            }
        };
        QObject::connect(engine, &SyncEngine::stateChanged, &app, drainedYet);
        QObject::connect(session.cache(), &shopdesk::client::LocalCache::pendingCountChanged, &app,
                         drainedYet);
        engine->start();
    });
    shopdesk::client::ConnectionSettings settings;
    settings.standalone = false;
    settings.server = QUrl(parser.value(server));
    session.open(settings, parser.value(user), qEnvironmentVariable("SHOPDESK_PASSWORD"));
    const int code = QCoreApplication::exec();
    session.close();
    return code;
}
