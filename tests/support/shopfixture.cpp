#include "shopfixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

const QStringList &ShopFixture::roles()
{
    static const QStringList list = {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s,
                                     u"shop"_s};
    return list;
}

ShopFixture::ShopFixture(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{}

bool ShopFixture::setUp()
{
    auto admin = std::make_shared<TestHttp>(m_baseUrl);
    if (!admin->login(u"admin"_s, QString::fromLatin1(ServerProcess::adminPassword))) {
        m_why = u"admin cannot sign in"_s;
        return false;
    }
    m_clients.insert(u"admin"_s, admin);
    m_tokens.insert(u"admin"_s, admin->token());
    for (const QString &role : roles()) {
        if (role == u"admin"_s)
            continue;
        const HttpReply created = admin->post(
            u"/api/v1/users"_s,
            {{u"username"_s, role}, {u"password"_s, passwordFor(role)}, {u"role"_s, role}});
        if (created.status != 201) {
            m_why = u"cannot create user %1: %2"_s.arg(role, QString::fromUtf8(created.body));
            return false;
        }
        auto client = std::make_shared<TestHttp>(m_baseUrl);
        if (!client->login(role, passwordFor(role))) {
            m_why = u"%1 cannot sign in"_s.arg(role);
            return false;
        }
        m_clients.insert(role, client);
        m_tokens.insert(role, client->token());
    }
    return true;
}

TestHttp &ShopFixture::as(const QString &role)
{
    return *m_clients.value(role);
}

bool ShopFixture::addProduct(const QString &sku, qint64 priceMinor, qint64 units)
{
    TestHttp &admin = as(u"admin"_s);
    const HttpReply product = admin.post(
        u"/api/v1/products"_s,
        {{u"sku"_s, sku},
         {u"name"_s, u"Product "_s + sku},
         {u"price"_s, QJsonObject{{u"amount_minor"_s, priceMinor}, {u"currency"_s, u"EUR"_s}}},
         {u"category"_s, u"Test"_s}});
    if (product.status != 201) {
        m_why = QString::fromUtf8(product.body);
        return false;
    }
    if (units == 0)
        return true;
    const HttpReply movement = admin.post(u"/api/v1/movements"_s, {{u"sku"_s, sku},
                                                                   {u"kind"_s, u"receipt"_s},
                                                                   {u"quantity"_s, units},
                                                                   {u"reason"_s, u"test stock"_s}});
    if (movement.status != 201) {
        m_why = QString::fromUtf8(movement.body);
        return false;
    }
    return true;
}

qint64 ShopFixture::addCustomer(const QString &name)
{
    const HttpReply reply =
        as(u"agent"_s)
            .post(
                u"/api/v1/customers"_s,
                {{u"name"_s, name}, {u"email"_s, name.toLower().remove(u' ') + u"@example.com"_s}});
    return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
}

static qint64 stockField(TestHttp &client, const QString &sku, const QString &field)
{
    const HttpReply reply = client.get(u"/api/v1/stock/"_s + sku);
    if (reply.status != 200)
        return -1;
    return reply.json().value(field).toInteger(-1);
}

qint64 ShopFixture::available(const QString &sku)
{
    return stockField(as(u"admin"_s), sku, u"available"_s);
}

qint64 ShopFixture::onHand(const QString &sku)
{
    return stockField(as(u"admin"_s), sku, u"on_hand"_s);
}

qint64 ShopFixture::reserved(const QString &sku)
{
    return stockField(as(u"admin"_s), sku, u"reserved"_s);
}

qint64 ShopFixture::lastSeq()
{
    qint64 seq = 0;
    for (;;) {
        const HttpReply reply =
            as(u"admin"_s).get(u"/api/v1/changes?limit=5000&since="_s + QString::number(seq));
        if (reply.status != 200)
            return -1;
        const qint64 next = reply.json().value(u"next"_s).toInteger();
        if (next == seq)
            return seq;
        seq = next;
    }
}

QJsonObject ShopFixture::orderBody(qint64 customerId, const QList<QPair<QString, int>> &lines,
                                   const QString &payment)
{
    QJsonArray array;
    for (const auto &[sku, quantity] : lines)
        array.append(QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, quantity}});
    return QJsonObject{{u"customer_id"_s, customerId},
                       {u"channel"_s, u"phone"_s},
                       {u"payment_method"_s, payment},
                       {u"lines"_s, array}};
}

} // namespace shopdesk::test
