#include "tst_client_inbox_shop.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

std::unique_ptr<TestHttp> addUser(ClientShop &shop, const QString &name, const QString &role)
{
    const QString password = QString::fromLatin1(ClientShop::password);
    const HttpReply created = shop.admin().post(
        u"/api/v1/users"_s, {{u"username"_s, name}, {u"password"_s, password}, {u"role"_s, role}});
    if (created.status != 201) {
        qWarning("cannot create user: %s", created.body.constData());
        return nullptr;
    }
    auto http = std::make_unique<TestHttp>(shop.url());
    if (!http->login(name, password))
        return nullptr;
    return http;
}

} // namespace

bool InboxShop::start()
{
    if (!m_shop.start())
        return false;
    m_website = addUser(m_shop, u"website"_s, u"shop"_s);
    m_bob = addUser(m_shop, u"bob"_s, u"agent"_s);
    return m_website && m_bob;
}

qint64 InboxShop::chat(const QString &key, const QString &text, const QString &email)
{
    const HttpReply posted =
        m_website->post(u"/api/v1/inbox/messages"_s, {{u"conversation_id"_s, key},
                                                      {u"name"_s, u"Dana Ost"_s},
                                                      {u"email"_s, email},
                                                      {u"text"_s, text}});
    if (posted.status != 201) {
        qWarning("chat refused: %s", posted.body.constData());
        return 0;
    }
    return posted.json()[u"conversation"_s][u"id"_s].toInteger();
}

QJsonObject InboxShop::conversation(qint64 id)
{
    return admin().get(u"/api/v1/inbox/conversations/%1"_s.arg(id)).json();
}

qint64 InboxShop::newestMessage(qint64 conversation)
{
    return this->conversation(conversation)[u"last_message"_s][u"id"_s].toInteger();
}

qint64 InboxShop::lastSeq()
{
    qint64 seq = 0;
    for (;;) {
        const HttpReply reply =
            admin().get(u"/api/v1/changes?limit=5000&since="_s + QString::number(seq));
        if (reply.status != 200)
            return -1;
        const qint64 next = reply.json().value(u"next"_s).toInteger();
        if (next == seq)
            return seq;
        seq = next;
    }
}

int InboxShop::recordsSince(qint64 seq, qint64 conversation)
{
    const HttpReply reply =
        admin().get(u"/api/v1/changes?limit=5000&since="_s + QString::number(seq));
    int count = 0;
    for (const QJsonValue &change : reply.json()[u"changes"_s].toArray()) {
        if (change[u"entity"_s].toString() == u"conversation"_s &&
            change[u"id"_s].toString() == QString::number(conversation))
            ++count;
    }
    return count;
}

} // namespace shopdesk::test
