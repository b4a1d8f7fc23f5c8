#pragma once

#include "domain/result.h"
#include "server/httpconnection.h"
#include "server/httprequest.h"
#include "server/httpresponse.h"
#include "server/writejob.h"
#include "storage/actor.h"
#include "storage/shopstore.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace shopdesk::server {

class GroupCommitWriter;

// One request being answered, as a route's handler sees it: the request, who sent it, the
// path's parameters, and the ways to answer (at most once).
class Call : public std::enable_shared_from_this<Call>
{
public:
    using Mutation = std::function<Result<QJsonObject>(storage::ShopStore &)>;
    using Refusal = std::function<bool(storage::ShopStore &, const HttpResponse &)>;

    Call(HttpConnection *connection, const HttpRequest &request, GroupCommitWriter &writer,
         QObject *context, int &inFlight);

    HttpRequest request;
    storage::Actor actor;
    QString tokenHash; // of the bearer token, once authenticated
    QString idempotencyKey;
    QStringList params; // the path's parameters, in the order of the route's pattern

    // The path parameter at index as a number (a route's {id} is already checked positive).
    qint64 idParam(qsizetype index) const { return params.value(index).toLongLong(); }
    HttpConnection *connection() const { return m_connection.data(); }
    bool isAnswered() const { return m_answered; }

    void answer(const HttpResponse &response);
    void fail(const Error &error);
    void fail(const QString &code, const QString &message, const QJsonObject &details = {});
    void reply(int successStatus, const Result<QJsonObject> &result);
    // Marks the call answered without a response: its connection was handed to another owner.
    void handOver();
    // The body as a JSON object (an empty body too, when optional); false after failing.
    bool readBody(QJsonObject &object, bool optional = false);
    // An optional body that names no field (an action with nothing to say); false after failing.
    bool readNoFields();
    // False after failing with invalid_parameter when the query has a key not allowed.
    bool checkQuery(const QStringList &allowed);
    // Runs the mutation on the group-commit writer and answers once it is durable.
    void write(int successStatus, Mutation mutation, Refusal refused = {});
    // Submits a prepared job (with this call's idempotency key when fingerprint is given);
    // the job's answer is this call's, after the job's own done() if it has one.
    void submit(WriteJob job, const QString &fingerprint = {});

    static HttpResponse errorResponse(const Error &error);
    static QJsonObject errorJson(const Error &error);

private:
    QPointer<HttpConnection> m_connection;
    GroupCommitWriter &m_writer;
    QPointer<QObject> m_context;
    int &m_inFlight;
    bool m_answered = false;
};

using CallPtr = std::shared_ptr<Call>;

} // namespace shopdesk::server
