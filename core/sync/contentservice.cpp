#include "sync/contentservice.h"

#include "domain/tr.h"
#include "sync/apiclient.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

const QString api = u"/api/v1"_s;

Error gone()
{
    return Error{u"no_session"_s, Tr::tr("Not signed in."), {}};
}

QString skuPath(const QString &sku)
{
    return api + u"/products/"_s + QString::fromUtf8(QUrl::toPercentEncoding(sku));
}

// Fully encoded, so a category such as "Home & Garden" stays one value.
QString pageQuery(const QString &page)
{
    return u"page="_s + QString::fromLatin1(QUrl::toPercentEncoding(page));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ContentService::ContentService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void ContentService::mutate(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QString &contentType,
                            std::function<void(const Result<QJsonObject> &)> done,
                            const QUrlQuery &query)
{
    if (!m_api)
        return done(gone());
    const QString target = path + u'?' + query.toString(QUrl::FullyEncoded);
    const QString key = m_keys.keyFor(method, target, body);
    QPointer<ContentService> self(this);
    m_api->sendBytes(method, path, query, body, contentType, key,
                     [self, method, target, body, done](const ApiReply &reply) {
                         if (self)
                             self->m_keys.answered(method, target, body, reply);
                         if (!reply.isSuccess())
                             return done(reply.error());
                         done(reply.json());
                     });
}

void ContentService::load(const QString &sku, Done done)
{
    if (!m_api)
        return done(gone());
    m_api->get(skuPath(sku) + u"/content"_s, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

void ContentService::save(const QString &sku, const QJsonObject &fields, qint64 baseRevision,
                          Done done)
{
    QJsonObject body = fields;
    body.insert(u"base_revision"_s, baseRevision);
    mutate("PUT", skuPath(sku) + u"/content"_s, compact(body), u"application/json"_s,
           std::move(done));
}

void ContentService::submit(const QString &sku, Done done)
{
    mutate("POST", skuPath(sku) + u"/content/submit"_s, {}, u"application/json"_s, std::move(done));
}

void ContentService::publish(const QString &sku, const QDateTime &at, Done done)
{
    QJsonObject body;
    if (at.isValid())
        body.insert(u"publish_at"_s, at.toUTC().toString(Qt::ISODate));
    mutate("POST", skuPath(sku) + u"/content/publish"_s, compact(body), u"application/json"_s,
           std::move(done));
}

void ContentService::reject(const QString &sku, Done done)
{
    mutate("POST", skuPath(sku) + u"/content/reject"_s, {}, u"application/json"_s, std::move(done));
}

void ContentService::list(const QString &state, Rows done)
{
    if (!m_api)
        return done(gone());
    QUrlQuery query;
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, state);
    m_api->get(api + u"/content"_s, query, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json().value(u"items"_s).toArray());
    });
}

void ContentService::revisions(const QString &sku, Rows done)
{
    if (!m_api)
        return done(gone());
    m_api->get(skuPath(sku) + u"/content/revisions"_s, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json().value(u"items"_s).toArray());
    });
}

void ContentService::diff(const QString &sku, qint64 from, qint64 to, Done done)
{
    if (!m_api)
        return done(gone());
    QUrlQuery query;
    query.addQueryItem(u"from"_s, QString::number(from));
    query.addQueryItem(u"to"_s, to < 0 ? u"draft"_s : QString::number(to));
    m_api->get(skuPath(sku) + u"/content/diff"_s, query, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

void ContentService::rollback(const QString &sku, qint64 revision, Done done)
{
    mutate("POST", skuPath(sku) + u"/content/revisions/%1/rollback"_s.arg(revision), {},
           u"application/json"_s, std::move(done));
}

void ContentService::images(const QString &sku, Rows done)
{
    if (!m_api)
        return done(gone());
    m_api->get(skuPath(sku) + u"/images"_s, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json().value(u"items"_s).toArray());
    });
}

void ContentService::uploadImage(const QString &sku, const QByteArray &bytes, const QString &mime,
                                 Rows done)
{
    mutate("POST", skuPath(sku) + u"/images"_s, bytes, mime, [done](const Result<QJsonObject> &r) {
        if (!r)
            return done(r.error());
        done(r->value(u"items"_s).toArray());
    });
}

void ContentService::reorderImages(const QString &sku, const QStringList &hashes, Rows done)
{
    mutate("PUT", skuPath(sku) + u"/images"_s,
           compact(QJsonObject{{u"order"_s, QJsonArray::fromStringList(hashes)}}),
           u"application/json"_s, [done](const Result<QJsonObject> &r) {
               if (!r)
                   return done(r.error());
               done(r->value(u"items"_s).toArray());
           });
}

void ContentService::deleteImage(const QString &sku, const QString &hash, Rows done)
{
    mutate("DELETE", skuPath(sku) + u"/images/"_s + hash, {}, u"application/json"_s,
           [done](const Result<QJsonObject> &r) {
               if (!r)
                   return done(r.error());
               done(r->value(u"items"_s).toArray());
           });
}

void ContentService::categories(Rows done)
{
    if (!m_api)
        return done(gone());
    m_api->get(api + u"/content/categories"_s, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json().value(u"items"_s).toArray());
    });
}

void ContentService::placement(const QString &page, Done done)
{
    if (!m_api)
        return done(gone());
    m_api->get(api + u"/content/placement"_s, QUrlQuery(pageQuery(page)),
               [done](const ApiReply &reply) {
                   if (!reply.isSuccess())
                       return done(reply.error());
                   done(reply.json());
               });
}

void ContentService::savePlacement(const QString &page, const QJsonArray &featured,
                                   const QJsonArray &order, qint64 baseVersion, Done done)
{
    const QJsonObject body{
        {u"base_revision"_s, baseVersion}, {u"featured"_s, featured}, {u"order"_s, order}};
    mutate("PUT", api + u"/content/placement"_s, compact(body), u"application/json"_s,
           std::move(done), QUrlQuery(pageQuery(page)));
}

void ContentService::publishPlacement(const QString &page, qint64 version, Done done)
{
    mutate("POST", api + u"/content/placement/publish"_s,
           compact(QJsonObject{{u"version"_s, version}}), u"application/json"_s, std::move(done),
           QUrlQuery(pageQuery(page)));
}

void ContentService::imageBytes(const QString &hash,
                                std::function<void(const Result<QByteArray> &)> done)
{
    if (!m_api)
        return done(gone());
    m_api->get(api + u"/images/"_s + hash, {}, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.body);
    });
}

} // namespace shopdesk::sync
