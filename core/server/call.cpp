#include "server/call.h"

#include "domain/tr.h"
#include "server/groupcommitwriter.h"
#include "server/jsonbody.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

Call::Call(HttpConnection *connection, const HttpRequest &request, GroupCommitWriter &writer,
           QObject *context, int &inFlight)
    : request(request)
    , m_connection(connection)
    , m_writer(writer)
    , m_context(context)
    , m_inFlight(inFlight)
{
    ++m_inFlight;
}

QJsonObject Call::errorJson(const Error &error)
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, error.code},
                                                {u"message"_s, error.message},
                                                {u"details"_s, error.details}}}};
}

HttpResponse Call::errorResponse(const Error &error)
{
    return HttpResponse::json(JsonBody::statusFor(error.code), errorJson(error));
}

void Call::answer(const HttpResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    --m_inFlight;
    if (m_connection)
        m_connection->respond(response);
}

void Call::handOver()
{
    if (m_answered)
        return;
    m_answered = true;
    --m_inFlight;
}

void Call::fail(const Error &error)
{
    HttpResponse response = errorResponse(error);
    if (error.code == u"too_many_attempts"_s)
        response.headers.append(
            {"Retry-After", QByteArray::number(error.details.value(u"retry_after"_s).toInt())});
    if (error.code == u"unauthorized"_s || error.code == u"invalid_credentials"_s)
        response.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"shopdesk\"")));
    answer(response);
}

void Call::fail(const QString &code, const QString &message, const QJsonObject &details)
{
    fail(Error{code, message, details});
}

void Call::reply(int successStatus, const Result<QJsonObject> &result)
{
    if (!result)
        return fail(result.error());
    answer(HttpResponse::json(successStatus, result.value()));
}

bool Call::readBody(QJsonObject &object, bool optional)
{
    if (optional && request.body.trimmed().isEmpty()) {
        object = {};
        return true;
    }
    auto parsed = JsonBody::parse(request.body);
    if (!parsed) {
        fail(parsed.error());
        return false;
    }
    object = parsed.value();
    return true;
}

bool Call::readNoFields()
{
    QJsonObject object;
    if (!readBody(object, true))
        return false;
    JsonBody body(object);
    if (!body.allowOnly({})) {
        fail(body.error());
        return false;
    }
    return true;
}

bool Call::checkQuery(const QStringList &allowed)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key)) {
            fail(u"invalid_parameter"_s,
                 Tr::tr("The query parameter \"%1\" is not known here.").arg(key.left(100)),
                 QJsonObject{{u"parameter"_s, key.left(100)}});
            return false;
        }
    }
    return true;
}

void Call::write(int successStatus, Mutation mutation, Refusal refused)
{
    WriteJob job;
    job.refused = std::move(refused);
    job.run = [mutation = std::move(mutation), successStatus](storage::ShopStore &store) {
        const Result<QJsonObject> result = mutation(store);
        if (!result)
            return errorResponse(result.error());
        return HttpResponse::json(successStatus, result.value());
    };
    // Same key, same request: method, path and the body compared as parsed JSON.
    QByteArray canonical;
    if (!request.body.trimmed().isEmpty())
        canonical = QJsonDocument::fromJson(request.body).toJson(QJsonDocument::Compact);
    submit(std::move(job), QString::fromUtf8(canonical));
}

void Call::submit(WriteJob job, const QString &fingerprint)
{
    job.context = m_context;
    // A route's own done() (what follows once durable) runs before the answer goes out.
    job.done = [self = shared_from_this(),
                then = std::move(job.done)](const HttpResponse &response) {
        if (then)
            then(response);
        self->answer(response);
    };
    if (!idempotencyKey.isEmpty()) {
        job.userId = actor.userId;
        job.idempotencyKey = idempotencyKey;
        job.fingerprint =
            QString::fromLatin1(request.method) + u' ' + request.path + u' ' + fingerprint;
    }
    m_writer.submit(std::move(job));
}

} // namespace shopdesk::server
