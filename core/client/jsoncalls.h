#pragma once

#include "client/retrykeys.h"
#include "domain/result.h"
#include "domain/tr.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace shopdesk::client {

class ApiClient;

// The JSON calls a service sends straight to the server (not through the outbox): reads, and
// POSTs that carry an Idempotency-Key reused only when the same request is sent again after
// getting no answer. An answer is the server's JSON, or its Error (code, message, details);
// once the session is gone, `no_session`.
class JsonCalls
{
public:
    using Answer = std::function<void(const Result<QJsonObject> &)>;
    using BytesAnswer = std::function<void(const Result<QByteArray> &)>;

    explicit JsonCalls(ApiClient *api);

    void get(const QString &path, const QUrlQuery &query, Answer done) const;
    void post(const QString &path, const QJsonObject &body, Answer done);
    // A PATCH, with an Idempotency-Key as post has.
    void patch(const QString &path, const QJsonObject &body, Answer done);
    // The raw bytes of an answer that is not JSON (a file); a refusal still comes as Error.
    void getBytes(const QString &path, const QUrlQuery &query, BytesAnswer done) const;

    // The answer read as one domain value (T::fromJson).
    template<typename T>
    static Answer as(std::function<void(const Result<T> &)> done)
    {
        return [done](const Result<QJsonObject> &answer) {
            if (!answer)
                return done(answer.error());
            done(T::fromJson(answer.value()));
        };
    }

    // The "items" of a page, each read as a T; the first unreadable one fails the whole page.
    template<typename T>
    static Result<QList<T>> itemsOf(const QJsonObject &page)
    {
        using namespace Qt::StringLiterals;
        const QJsonValue items = page.value(u"items"_s);
        if (!items.isArray())
            return Error{u"invalid_answer"_s, Tr::tr("The server's answer has no list."), {}};
        QList<T> out;
        for (const QJsonValue &value : items.toArray()) {
            auto item = T::fromJson(value.toObject());
            if (!item)
                return item.error();
            out.append(item.value());
        }
        return out;
    }

    // Every page of a keyset-paged list, collected: the query is sent again with the
    // previous page's "next" as "after" until a page is empty or has no next. The first
    // refusal or unreadable page ends it with that error.
    template<typename T>
    void collectAll(const QString &path, const QUrlQuery &query,
                    std::function<void(const Result<QList<T>> &)> done) const
    {
        collectFrom<T>(path, query, {}, std::move(done));
    }

private:
    template<typename T>
    void collectFrom(const QString &path, const QUrlQuery &query, QList<T> found,
                     std::function<void(const Result<QList<T>> &)> done) const
    {
        using namespace Qt::StringLiterals;
        const JsonCalls calls = *this;
        get(path, query,
            [calls, path, query, found = std::move(found),
             done = std::move(done)](const Result<QJsonObject> &answer) mutable {
                if (!answer)
                    return done(answer.error());
                auto page = itemsOf<T>(answer.value());
                if (!page)
                    return done(page.error());
                found.append(page.value());
                const QJsonValue next = answer->value(u"next"_s);
                const QString after =
                    next.isDouble() ? QString::number(next.toInteger()) : next.toString();
                if (after.isEmpty() || page->isEmpty())
                    return done(found);
                QUrlQuery nextQuery = query;
                nextQuery.removeAllQueryItems(u"after"_s);
                nextQuery.addQueryItem(u"after"_s, after);
                calls.collectFrom<T>(path, nextQuery, std::move(found), std::move(done));
            });
    }

    void send(const QByteArray &method, const QString &path, const QJsonObject &body, Answer done);

    QPointer<ApiClient> m_api;
    // Shared with the answers in flight, which outlive a service deleted meanwhile.
    std::shared_ptr<RetryKeys> m_keys;
};

} // namespace shopdesk::client
