#include "client/contentservice.h"

#include "client/apiclient.h"
#include "domain/jsonfieldreader.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

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

// The answer read as one domain value.
template<typename T>
std::function<void(const Result<QJsonObject> &)> as(std::function<void(const Result<T> &)> done)
{
    return [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(T::fromJson(answer.value()));
    };
}

// The answer's "items" read as a list of domain values.
template<typename T>
std::function<void(const Result<QJsonObject> &)>
itemsAs(const QString &name, std::function<void(const Result<QList<T>> &)> done)
{
    return [name, done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        JsonFieldReader read(name);
        QList<T> items;
        for (const QJsonValue &value : read.array(answer.value(), u"items"_s)) {
            const QJsonObject object = read.element(value, u"items"_s);
            if (!read.ok())
                break;
            auto item = T::fromJson(object);
            if (!item)
                return done(item.error());
            items.append(item.value());
        }
        if (!read.ok())
            return done(read.error());
        done(items);
    };
}

} // namespace

ContentService::ContentService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void ContentService::fetch(const QString &path, const QUrlQuery &query, Answer done)
{
    if (!m_api)
        return done(gone());
    m_api->get(path, query, [done](const ApiReply &reply) {
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

void ContentService::mutate(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QString &contentType, Answer done, const QUrlQuery &query)
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
    fetch(skuPath(sku) + u"/content"_s, {}, as<ProductContent>(std::move(done)));
}

void ContentService::save(const QString &sku, const ContentFields &fields, qint64 baseRevision,
                          Done done)
{
    QJsonObject body = fields.toJson();
    body.insert(u"base_revision"_s, baseRevision);
    mutate("PUT", skuPath(sku) + u"/content"_s, compact(body), u"application/json"_s,
           as<ProductContent>(std::move(done)));
}

void ContentService::submit(const QString &sku, Done done)
{
    mutate("POST", skuPath(sku) + u"/content/submit"_s, {}, u"application/json"_s,
           as<ProductContent>(std::move(done)));
}

void ContentService::publish(const QString &sku, const QDateTime &at, Done done)
{
    QJsonObject body;
    if (at.isValid())
        body.insert(u"publish_at"_s, at.toUTC().toString(Qt::ISODate));
    mutate("POST", skuPath(sku) + u"/content/publish"_s, compact(body), u"application/json"_s,
           as<ProductContent>(std::move(done)));
}

void ContentService::reject(const QString &sku, Done done)
{
    mutate("POST", skuPath(sku) + u"/content/reject"_s, {}, u"application/json"_s,
           as<ProductContent>(std::move(done)));
}

void ContentService::list(const QString &state,
                          std::function<void(const Result<QList<ContentListItem>> &)> done)
{
    QUrlQuery query;
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, state);
    fetch(api + u"/content"_s, query, itemsAs<ContentListItem>(u"content list"_s, std::move(done)));
}

void ContentService::revisions(const QString &sku,
                               std::function<void(const Result<QList<ContentRevision>> &)> done)
{
    fetch(skuPath(sku) + u"/content/revisions"_s, {},
          itemsAs<ContentRevision>(u"revisions"_s, std::move(done)));
}

void ContentService::diff(const QString &sku, qint64 from, qint64 to,
                          std::function<void(const Result<ContentDiff> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, QString::number(from));
    query.addQueryItem(u"to"_s, to < 0 ? u"draft"_s : QString::number(to));
    fetch(skuPath(sku) + u"/content/diff"_s, query, as<ContentDiff>(std::move(done)));
}

void ContentService::rollback(const QString &sku, qint64 revision, Done done)
{
    mutate("POST", skuPath(sku) + u"/content/revisions/%1/rollback"_s.arg(revision), {},
           u"application/json"_s, as<ProductContent>(std::move(done)));
}

void ContentService::images(const QString &sku, Images done)
{
    fetch(skuPath(sku) + u"/images"_s, {}, itemsAs<ProductImage>(u"images"_s, std::move(done)));
}

void ContentService::uploadImage(const QString &sku, const QByteArray &bytes, const QString &mime,
                                 Images done)
{
    mutate("POST", skuPath(sku) + u"/images"_s, bytes, mime,
           itemsAs<ProductImage>(u"images"_s, std::move(done)));
}

void ContentService::reorderImages(const QString &sku, const QStringList &hashes, Images done)
{
    mutate("PUT", skuPath(sku) + u"/images"_s,
           compact(QJsonObject{{u"order"_s, QJsonArray::fromStringList(hashes)}}),
           u"application/json"_s, itemsAs<ProductImage>(u"images"_s, std::move(done)));
}

void ContentService::deleteImage(const QString &sku, const QString &hash, Images done)
{
    mutate("DELETE", skuPath(sku) + u"/images/"_s + hash, {}, u"application/json"_s,
           itemsAs<ProductImage>(u"images"_s, std::move(done)));
}

void ContentService::categories(std::function<void(const Result<QList<ContentCategory>> &)> done)
{
    fetch(api + u"/content/categories"_s, {},
          itemsAs<ContentCategory>(u"categories"_s, std::move(done)));
}

void ContentService::placement(const QString &page, PlacementDone done)
{
    fetch(api + u"/content/placement"_s, QUrlQuery(pageQuery(page)),
          as<PagePlacement>(std::move(done)));
}

void ContentService::savePlacement(const QString &page, const QStringList &featured,
                                   const QStringList &order, qint64 baseVersion, PlacementDone done)
{
    const QJsonObject body{{u"base_revision"_s, baseVersion},
                           {u"featured"_s, PagePlacement::slotsJson(featured)},
                           {u"order"_s, QJsonArray::fromStringList(order)}};
    mutate("PUT", api + u"/content/placement"_s, compact(body), u"application/json"_s,
           as<PagePlacement>(std::move(done)), QUrlQuery(pageQuery(page)));
}

void ContentService::publishPlacement(const QString &page, qint64 version, PlacementDone done)
{
    mutate("POST", api + u"/content/placement/publish"_s,
           compact(QJsonObject{{u"version"_s, version}}), u"application/json"_s,
           as<PagePlacement>(std::move(done)), QUrlQuery(pageQuery(page)));
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

} // namespace shopdesk::client
