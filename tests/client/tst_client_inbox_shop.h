#pragma once

#include "clientfixture.h"
#include "testhttp.h"

#include "domain/result.h"

#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

namespace shopdesk::test {

// A ClientShop with the inbox's other parties, each signed in over plain HTTP: the shop's
// website (user "website", role shop) that posts chats, and a second agent, bob.
class InboxShop
{
public:
    bool start();
    ClientShop &shop() { return m_shop; }
    TestHttp &admin() { return m_shop.admin(); }
    TestHttp &website() { return *m_website; }
    TestHttp &bob() { return *m_bob; }

    // Posts a chat message as the website does; the conversation's id, 0 when refused.
    qint64 chat(const QString &key, const QString &text,
                const QString &email = QStringLiteral("dana@example.org"));
    // The conversation as the server has it now, messages included.
    QJsonObject conversation(qint64 id);
    qint64 newestMessage(qint64 conversation);
    // The change log's last seq.
    qint64 lastSeq();
    // How many `conversation` records of this conversation came after seq.
    int recordsSince(qint64 seq, qint64 conversation);

private:
    ClientShop m_shop;
    std::unique_ptr<TestHttp> m_website;
    std::unique_ptr<TestHttp> m_bob;
};

// Runs one asynchronous call and waits for its answer.
template<typename T, typename Call>
Result<T> answer(Call call)
{
    std::optional<Result<T>> out;
    call([&](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return Error{QStringLiteral("timeout"), QStringLiteral("no answer"), {}};
    return *out;
}

} // namespace shopdesk::test
