#include "client/jsoncalls.h"

#include "client/apiclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

Error gone()
{
    return Error{u"no_session"_s, Tr::tr("Not signed in."), {}};
}

} // namespace

JsonCalls::JsonCalls(ApiClient *api)
    : m_api(api)
    , m_keys(std::make_shared<RetryKeys>())
{}

void JsonCalls::get(const QString &path, const QUrlQuery &query, Answer done) const
{
    if (!m_api)
        return done(gone());
    m_api->get(path, query, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

void JsonCalls::getBytes(const QString &path, const QUrlQuery &query, BytesAnswer done) const
{
    if (!m_api)
        return done(gone());
    m_api->get(path, query, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.body);
    });
}

void JsonCalls::post(const QString &path, const QJsonObject &body, Answer done)
{
    send("POST", path, body, std::move(done));
}

void JsonCalls::patch(const QString &path, const QJsonObject &body, Answer done)
{
    send("PATCH", path, body, std::move(done));
}

void JsonCalls::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     Answer done)
{
    if (!m_api)
        return done(gone());
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys->keyFor(method, path, bytes);
    std::weak_ptr<RetryKeys> keys = m_keys;
    m_api->send(method, path, bytes, key, [keys, method, path, bytes, done](const ApiReply &reply) {
        if (const auto held = keys.lock())
            held->answered(method, path, bytes, reply);
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

} // namespace shopdesk::client
