#include "serverprocess.h"
#include "shopfixture.h"
#include "testhttp.h"

#include "domain/money.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shopdesk::test;

namespace {

const QString templates = u"/api/v1/inbox/templates"_s;

// One template in all five languages, every placeholder an order gives.
QJsonObject orderReceivedTexts()
{
    return {{u"en"_s, u"Dear {first_name}, order {order_number} ({order_total}) is {order_status}. "
                      "{agent_name}, {shop_name}"_s},
            {u"de"_s, u"Hallo {first_name}, Bestellung {order_number} ({order_total}) ist "
                      "{order_status}. {agent_name}, {shop_name}"_s},
            {u"es"_s, u"Hola {first_name}, el pedido {order_number} ({order_total}) está "
                      "{order_status}. {agent_name}, {shop_name}"_s},
            {u"hi"_s, u"नमस्ते {first_name}, ऑर्डर {order_number} ({order_total}) "
                      "{order_status}। {agent_name}, {shop_name}"_s},
            {u"ar"_s, u"مرحبا {first_name}، الطلب {order_number} ({order_total}) "
                      "{order_status}. {agent_name}، {shop_name}"_s}};
}

QString key()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Reply templates on a real server: written by managers in the shop's languages, versioned
// and archived, listed for those who answer, and filled in for a customer and an order of
// theirs in the customer's language; every bad input refused with nothing changed.
class TestReplyTemplates : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ShopFixture> m_shop;
    QHash<QString, qint64> m_customers; // by language
    qint64 m_order = 0;                 // the German customer's
    qint64 m_template = 0;              // in all five languages
    qint64 m_englishOnly = 0;
    qint64 m_germanOnly = 0;

    TestHttp &manager() { return m_shop->as(u"manager"_s); }
    TestHttp &agent() { return m_shop->as(u"agent"_s); }

    QJsonObject templateOf(qint64 id)
    {
        return agent().get(templates + u"/"_s + QString::number(id)).json();
    }
    QJsonArray listed(const QString &query = {})
    {
        return agent().get(templates + u"?limit=1000"_s + query).json()[u"items"_s].toArray();
    }
    qint64 create(const QString &name, const QJsonObject &texts)
    {
        const HttpReply reply =
            manager().post(templates, {{u"name"_s, name}, {u"texts"_s, texts}}, key());
        return reply.status == 201 ? reply.json()[u"id"_s].toInteger() : -1;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        SHOPDESK_REQUIRE_BACKEND(*m_server);
        QVERIFY2(m_server->start({u"--shop-name"_s, u"Kaufhaus Nord"_s}),
                 qPrintable(m_server->output()));
        m_shop = std::make_unique<ShopFixture>(m_server->baseUrl());
        QVERIFY2(m_shop->setUp(), qPrintable(m_shop->why()));
        QVERIFY(m_shop->addProduct(u"MUG-1"_s, 1250, 50));
        const QList<std::pair<QString, QString>> people = {
            {u"en"_s, u"Tom Baker"_s},    {u"de"_s, u"Anna Schröder"_s},
            {u"es"_s, u"Juan Pérez"_s},   {u"hi"_s, u"Priya Sharma"_s},
            {u"ar"_s, u"Layla Haddad"_s}, {u"de-AT"_s, u"Lukas Gruber"_s},
            {u"fr"_s, u"Zoé Martin"_s},
        };
        for (const auto &[language, name] : people) {
            const HttpReply created = agent().post(u"/api/v1/customers"_s,
                                                   {{u"name"_s, name}, {u"language"_s, language}});
            QCOMPARE(created.status, 201);
            m_customers.insert(language, created.json()[u"id"_s].toInteger());
        }
        const HttpReply order = agent().post(
            u"/api/v1/orders"_s, ShopFixture::orderBody(m_customers[u"de"_s], {{u"MUG-1"_s, 2}}));
        QCOMPARE(order.status, 201);
        m_order = order.json()[u"id"_s].toInteger();

        m_template = create(u"Order received"_s, orderReceivedTexts());
        QVERIFY(m_template > 0);
        m_englishOnly =
            create(u"Where is my parcel"_s, {{u"en"_s, u"{first_name}, it went with {carrier}: "
                                                       "{tracking_number}."_s}});
        QVERIFY(m_englishOnly > 0);
        m_germanOnly = create(u"Nur Deutsch"_s, {{u"de"_s, u"Hallo {customer_name}"_s}});
        QVERIFY(m_germanOnly > 0);
    }

    void createdAsSent()
    {
        const QJsonObject created = templateOf(m_template);
        QCOMPARE(created[u"name"_s].toString(), u"Order received"_s);
        QCOMPARE(created[u"archived"_s].toBool(), false);
        QCOMPARE(created[u"created_by"_s].toString(), u"manager"_s);
        const QJsonArray texts = created[u"texts"_s].toArray();
        QCOMPARE(texts.size(), 5);
        for (const QJsonValue &text : texts) {
            const QString language = text[u"language"_s].toString();
            QCOMPARE(text[u"body"_s].toString(), orderReceivedTexts()[language].toString());
            QCOMPARE(text[u"version"_s].toInt(), 1);
        }
        QCOMPARE(created[u"history"_s].toArray().size(), 5);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("list");
        QTest::addColumn<int>("write");
        QTest::addColumn<int>("fill");
        QTest::addRow("agent") << u"agent"_s << 200 << 403 << 200;
        QTest::addRow("manager") << u"manager"_s << 200 << 201 << 200;
        QTest::addRow("admin") << u"admin"_s << 200 << 201 << 200;
        QTest::addRow("warehouse") << u"warehouse"_s << 403 << 403 << 403;
        QTest::addRow("shop") << u"shop"_s << 403 << 403 << 403;
    }
    void roles()
    {
        QFETCH(QString, role);
        QFETCH(int, list);
        QFETCH(int, write);
        QFETCH(int, fill);
        TestHttp &client = m_shop->as(role);
        QCOMPARE(client.get(templates).status, list);
        const HttpReply created =
            client.post(templates, {{u"name"_s, u"Made by "_s + role},
                                    {u"texts"_s, QJsonObject{{u"en"_s, u"Hi"_s}}}});
        QCOMPARE(created.status, write);
        if (write == 201) {
            const QString path =
                templates + u"/"_s + created.json()[u"id"_s].toVariant().toString();
            QCOMPARE(client.patch(path, {{u"name"_s, u"Renamed by "_s + role}}).status, 200);
            QCOMPARE(client.del(path).status, 200);
        } else {
            QCOMPARE(
                client.patch(templates + u"/%1"_s.arg(m_germanOnly), {{u"name"_s, u"x"_s}}).status,
                403);
            QCOMPARE(client.del(templates + u"/%1"_s.arg(m_germanOnly)).status, 403);
        }
        QCOMPARE(client
                     .post(templates + u"/%1/fill"_s.arg(m_template),
                           {{u"customer_id"_s, m_customers[u"en"_s]}})
                     .status,
                 fill);
        QCOMPARE(templateOf(m_germanOnly)[u"name"_s].toString(), u"Nur Deutsch"_s);
    }

    void fillInEachLanguage_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("fallback");
        QTest::addRow("en") << u"en"_s << u"en"_s << false;
        QTest::addRow("de") << u"de"_s << u"de"_s << false;
        QTest::addRow("es") << u"es"_s << u"es"_s << false;
        QTest::addRow("hi") << u"hi"_s << u"hi"_s << false;
        QTest::addRow("ar") << u"ar"_s << u"ar"_s << false;
        QTest::addRow("de-AT reads German") << u"de-AT"_s << u"de"_s << false;
        QTest::addRow("fr falls back to English") << u"fr"_s << u"en"_s << true;
    }
    void fillInEachLanguage()
    {
        QFETCH(QString, customer);
        QFETCH(QString, language);
        QFETCH(bool, fallback);
        const qint64 seq = m_shop->lastSeq();
        const HttpReply reply = agent().post(templates + u"/%1/fill"_s.arg(m_template),
                                             {{u"customer_id"_s, m_customers[customer]}}, key());
        QCOMPARE(reply.status, 200);
        const QJsonObject filled = reply.json();
        QCOMPARE(filled[u"language"_s].toString(), language);
        QCOMPARE(filled[u"customer_language"_s].toString(), customer);
        QCOMPARE(filled[u"fallback"_s].toBool(), fallback);
        // No order: its placeholders stay visible and are named.
        QCOMPARE(filled[u"missing"_s].toArray(),
                 (QJsonArray{u"order_number"_s, u"order_total"_s, u"order_status"_s}));
        QString expected = orderReceivedTexts()[language].toString();
        const QString firstName = agent()
                                      .get(u"/api/v1/customers/%1"_s.arg(m_customers[customer]))
                                      .json()[u"name"_s]
                                      .toString()
                                      .section(u' ', 0, 0);
        expected.replace(u"{first_name}"_s, firstName)
            .replace(u"{agent_name}"_s, u"agent"_s)
            .replace(u"{shop_name}"_s, u"Kaufhaus Nord"_s);
        QCOMPARE(filled[u"text"_s].toString(), expected);
        QCOMPARE(m_shop->lastSeq(), seq); // filling changes nothing
    }

    void fillWithOrder()
    {
        const HttpReply reply =
            manager().post(templates + u"/%1/fill"_s.arg(m_template),
                           {{u"customer_id"_s, m_customers[u"de"_s]}, {u"order_id"_s, m_order}});
        QCOMPARE(reply.status, 200);
        const QJsonObject filled = reply.json();
        QCOMPARE(filled[u"language"_s].toString(), u"de"_s);
        QCOMPARE(filled[u"order_id"_s].toInteger(), m_order);
        QCOMPARE(filled[u"missing"_s].toArray(), QJsonArray());
        const QString total =
            shopdesk::Money::create(2500, u"EUR"_s).value().format(QLocale(u"de"_s));
        QCOMPARE(filled[u"text"_s].toString(),
                 u"Hallo Anna, Bestellung %1 (%2) ist wartet auf Zahlung. manager, Kaufhaus Nord"_s
                     .arg(m_order)
                     .arg(total));
    }

    void fillWithoutDefaultLanguage()
    {
        // The German-only template for a Spanish customer: no text to give.
        const HttpReply reply = agent().post(templates + u"/%1/fill"_s.arg(m_germanOnly),
                                             {{u"customer_id"_s, m_customers[u"es"_s]}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"no_template_text"_s);
        QCOMPARE(reply.json()[u"error"_s][u"details"_s][u"languages"_s].toArray(),
                 QJsonArray{u"de"_s});
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // %1: the five-language template, %2: German only
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail"); // "key=value" expected in error.details

        const QByteArray post = "POST";
        const QByteArray patch = "PATCH";
        QTest::addRow("unknown placeholder")
            << post << templates << QByteArray(R"({"name":"N","texts":{"en":"Hi {nmae}"}})") << 422
            << u"unknown_placeholder"_s << u"placeholder=nmae"_s;
        QTest::addRow("unknown placeholder in a second language")
            << post << templates
            << QByteArray(R"({"name":"N","texts":{"en":"Hi","de":"Hallo {kunde}"}})") << 422
            << u"unknown_placeholder"_s << u"language=de"_s;
        QTest::addRow("empty body")
            << post << templates << QByteArray(R"({"name":"N","texts":{"en":"  "}})") << 422
            << u"empty_body"_s << u"language=en"_s;
        QTest::addRow("unknown language")
            << post << templates << QByteArray(R"({"name":"N","texts":{"fr":"Bonjour"}})") << 422
            << u"unknown_language"_s << u"language=fr"_s;
        QTest::addRow("no texts") << post << templates << QByteArray(R"({"name":"N","texts":{}})")
                                  << 422 << u"no_texts"_s << QString();
        QTest::addRow("missing texts") << post << templates << QByteArray(R"({"name":"N"})") << 400
                                       << u"missing_field"_s << QString();
        QTest::addRow("texts not an object")
            << post << templates << QByteArray(R"({"name":"N","texts":["Hi"]})") << 400
            << u"invalid_type"_s << QString();
        QTest::addRow("null text on create")
            << post << templates << QByteArray(R"({"name":"N","texts":{"en":null}})") << 400
            << u"invalid_type"_s << QString();
        QTest::addRow("missing name") << post << templates << QByteArray(R"({"texts":{"en":"Hi"}})")
                                      << 400 << u"missing_field"_s << QString();
        QTest::addRow("empty name")
            << post << templates << QByteArray(R"({"name":" ","texts":{"en":"Hi"}})") << 422
            << u"empty_name"_s << QString();
        QTest::addRow("unknown field")
            << post << templates << QByteArray(R"({"name":"N","texts":{"en":"Hi"},"tags":[]})")
            << 400 << u"unknown_field"_s << u"field=tags"_s;
        QTest::addRow("name taken, other case")
            << post << templates << QByteArray(R"({"name":"order RECEIVED","texts":{"en":"Hi"}})")
            << 409 << u"template_exists"_s << QString();
        QTest::addRow("not json") << post << templates << QByteArray("{name") << 400
                                  << u"invalid_json"_s << QString();
        QTest::addRow("patch unknown placeholder")
            << patch << templates + u"/%1"_s << QByteArray(R"({"texts":{"es":"{hola}"}})") << 422
            << u"unknown_placeholder"_s << u"placeholder=hola"_s;
        QTest::addRow("patch empty body")
            << patch << templates + u"/%1"_s << QByteArray(R"({"texts":{"de":""}})") << 422
            << u"empty_body"_s << QString();
        QTest::addRow("patch unknown language")
            << patch << templates + u"/%1"_s << QByteArray(R"({"texts":{"pt":null}})") << 422
            << u"unknown_language"_s << QString();
        QTest::addRow("patch name taken")
            << patch << templates + u"/%2"_s << QByteArray(R"({"name":"Order Received"})") << 409
            << u"template_exists"_s << QString();
        QTest::addRow("patch last text away")
            << patch << templates + u"/%2"_s << QByteArray(R"({"texts":{"de":null}})") << 422
            << u"no_texts_left"_s << QString();
        QTest::addRow("patch unknown template")
            << patch << templates + u"/999999"_s << QByteArray(R"({"name":"X"})") << 404
            << u"not_found"_s << QString();
        QTest::addRow("patch unknown field")
            << patch << templates + u"/%1"_s << QByteArray(R"({"archived":true})") << 400
            << u"unknown_field"_s << QString();
        QTest::addRow("delete unknown template")
            << QByteArray("DELETE") << templates + u"/999999"_s << QByteArray() << 404
            << u"not_found"_s << QString();
        QTest::addRow("fill unknown customer")
            << post << templates + u"/%1/fill"_s << QByteArray(R"({"customer_id":999999})") << 422
            << u"unknown_customer"_s << QString();
        QTest::addRow("fill customer id not a number")
            << post << templates + u"/%1/fill"_s << QByteArray(R"({"customer_id":"7"})") << 400
            << u"invalid_type"_s << QString();
        QTest::addRow("fill missing customer")
            << post << templates + u"/%1/fill"_s << QByteArray(R"({"order_id":1})") << 400
            << u"missing_field"_s << QString();
        QTest::addRow("fill unknown field")
            << post << templates + u"/%1/fill"_s << QByteArray(R"({"customer_id":1,"lang":"de"})")
            << 400 << u"unknown_field"_s << QString();
        QTest::addRow("fill unknown template")
            << post << templates + u"/999999/fill"_s << QByteArray(R"({"customer_id":1})") << 404
            << u"not_found"_s << QString();
    }
    void badInput()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        const QJsonArray before = listed();
        const qint64 seq = m_shop->lastSeq();
        const QString target = QString(path)
                                   .replace(u"%1"_s, QString::number(m_template))
                                   .replace(u"%2"_s, QString::number(m_germanOnly));
        const HttpReply reply = manager().send(
            method, target, body,
            {{"Content-Type", "application/json"}, {"Idempotency-Key", key().toLatin1()}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        if (!detail.isEmpty()) {
            const QJsonObject details = reply.json()[u"error"_s][u"details"_s].toObject();
            QCOMPARE(details[detail.section(u'=', 0, 0)].toString(), detail.section(u'=', 1));
        }
        QCOMPARE(listed(), before);
        QCOMPARE(m_shop->lastSeq(), seq);
    }

    void fillRefusesOrders()
    {
        const QJsonArray before = listed();
        const QString path = templates + u"/%1/fill"_s.arg(m_template);
        HttpReply reply = agent().post(
            path, {{u"customer_id"_s, m_customers[u"en"_s]}, {u"order_id"_s, m_order}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"other_customer"_s);
        reply =
            agent().post(path, {{u"customer_id"_s, m_customers[u"de"_s]}, {u"order_id"_s, 999999}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"unknown_order"_s);
        QCOMPARE(listed(), before);
    }

    void editMakesVersions()
    {
        const QString path = templates + u"/%1"_s.arg(m_englishOnly);
        const qint64 seq = m_shop->lastSeq();
        HttpReply reply = manager().patch(
            path,
            {{u"name"_s, u"Where is my parcel?"_s},
             {u"texts"_s,
              QJsonObject{{u"en"_s, u"{first_name}, your parcel went with {carrier}, "
                                    "tracking number {tracking_number}."_s},
                          {u"de"_s, u"{first_name}, Ihr Paket ist mit {carrier} "
                                    "unterwegs, Sendungsnummer {tracking_number}."_s}}}},
            key());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[u"name"_s].toString(), u"Where is my parcel?"_s);
        // The same texts again: no new version, no change record.
        const QJsonObject again = reply.json();
        const qint64 afterEdit = m_shop->lastSeq();
        QCOMPARE(afterEdit, seq + 1);
        reply = manager().patch(
            path, {{u"texts"_s, QJsonObject{{u"de"_s, again[u"texts"_s][0][u"body"_s]}}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_shop->lastSeq(), afterEdit);
        // Taking German away keeps its versions.
        reply = manager().patch(path, {{u"texts"_s, QJsonObject{{u"de"_s, QJsonValue()}}}});
        QCOMPARE(reply.status, 200);
        const QJsonObject read = templateOf(m_englishOnly);
        QCOMPARE(read[u"texts"_s].toArray().size(), 1);
        QCOMPARE(read[u"texts"_s][0][u"version"_s].toInt(), 2);
        QStringList history;
        for (const QJsonValue &v : read[u"history"_s].toArray()) {
            history.append(v[u"language"_s].toString() + QString::number(v[u"version"_s].toInt()) +
                           (v[u"body"_s].isNull() ? u"-"_s : u"+"_s));
        }
        QCOMPARE(history, (QStringList{u"en1+"_s, u"de1+"_s, u"en2+"_s, u"de2-"_s}));
    }

    void changeRecords()
    {
        const qint64 seq = m_shop->lastSeq();
        const qint64 id =
            create(u"Payment reminder"_s, {{u"en"_s, u"Order {order_number} awaits payment."_s}});
        QVERIFY(id > 0);
        const QJsonArray changes =
            agent().get(u"/api/v1/changes?since=%1"_s.arg(seq)).json()[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"entity"_s].toString(), u"reply_template"_s);
        QCOMPARE(changes[0][u"op"_s].toString(), u"create"_s);
        QCOMPARE(changes[0][u"data"_s][u"name"_s].toString(), u"Payment reminder"_s);
        // Warehouse staff do not read the inbox, and so not its templates either.
        QCOMPARE(m_shop->as(u"warehouse"_s)
                     .get(u"/api/v1/changes?since=%1"_s.arg(seq))
                     .json()[u"changes"_s]
                     .toArray()
                     .size(),
                 0);
    }

    void idempotentCreate()
    {
        const QString k = key();
        const QJsonObject body{
            {u"name"_s, u"Return instructions"_s},
            {u"texts"_s, QJsonObject{{u"en"_s, u"Send it back, {first_name}."_s}}}};
        const HttpReply first = manager().post(templates, body, k);
        QCOMPARE(first.status, 201);
        const HttpReply second = manager().post(templates, body, k);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json(), first.json());
        QJsonObject other = body;
        other.insert(u"name"_s, u"Other"_s);
        const HttpReply reused = manager().post(templates, other, k);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), u"idempotency_key_reused"_s);
        int named = 0;
        for (const QJsonValue &t : listed())
            named += t[u"name"_s].toString() == u"Return instructions"_s ? 1 : 0;
        QCOMPARE(named, 1);
    }

    void archive()
    {
        const qint64 id = create(u"Old greeting"_s, {{u"en"_s, u"Howdy {first_name}"_s}});
        QVERIFY(id > 0);
        const QString path = templates + u"/%1"_s.arg(id);
        HttpReply reply = manager().del(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[u"archived"_s].toBool(), true);
        QCOMPARE(reply.json()[u"archived_by"_s].toString(), u"manager"_s);
        const auto ids = [](const QJsonArray &items) {
            QList<qint64> list;
            for (const QJsonValue &item : items)
                list.append(item[u"id"_s].toInteger());
            return list;
        };
        QVERIFY(!ids(listed()).contains(id));
        QVERIFY(ids(listed(u"&archived=true"_s)).contains(id));
        QCOMPARE(templateOf(id)[u"texts"_s].toArray().size(), 1); // kept, not deleted

        const qint64 seq = m_shop->lastSeq();
        reply = manager().del(path);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"already_archived"_s);
        reply = manager().patch(path, {{u"name"_s, u"New greeting"_s}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"template_archived"_s);
        reply = agent().post(path + u"/fill"_s, {{u"customer_id"_s, m_customers[u"en"_s]}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"template_archived"_s);
        QCOMPARE(m_shop->lastSeq(), seq);
        // Its name is free again.
        QVERIFY(create(u"Old greeting"_s, {{u"en"_s, u"Hello {first_name}"_s}}) > 0);
    }

    void listFiltersAndPages()
    {
        const QJsonArray german = listed(u"&language=de"_s);
        QVERIFY(!german.isEmpty());
        for (const QJsonValue &item : german) {
            bool hasGerman = false;
            for (const QJsonValue &text : item[u"texts"_s].toArray())
                hasGerman = hasGerman || text[u"language"_s].toString() == u"de"_s;
            QVERIFY(hasGerman);
        }
        QCOMPARE(agent().get(templates + u"?language=fr"_s).status, 400);
        QCOMPARE(agent().get(templates + u"?archived=maybe"_s).status, 400);
        QCOMPARE(agent().get(templates + u"?colour=red"_s).status, 400);

        QList<qint64> paged;
        QString after;
        for (int guard = 0; guard < 50; ++guard) {
            const QJsonObject page = agent()
                                         .get(templates + u"?limit=2"_s +
                                              (after.isEmpty() ? QString() : u"&after="_s + after))
                                         .json();
            for (const QJsonValue &item : page[u"items"_s].toArray())
                paged.append(item[u"id"_s].toInteger());
            if (page[u"next"_s].isNull())
                break;
            after = page[u"next"_s].toString();
        }
        QList<qint64> all;
        for (const QJsonValue &item : listed())
            all.append(item[u"id"_s].toInteger());
        QCOMPARE(paged, all);
        QVERIFY(all.size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestReplyTemplates)
#include "tst_replytemplates.moc"
