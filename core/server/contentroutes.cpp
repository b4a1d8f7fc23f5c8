#include "server/contentroutes.h"

#include "domain/ids.h"
#include "domain/tr.h"
#include "server/contentimage.h"
#include "server/groupcommitwriter.h"
#include "server/jsonbody.h"
#include "server/requesttext.h"
#include "storage/contentstore.h"
#include "storage/placementstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

int statusFor(const QString &code)
{
    static const QHash<QString, int> statuses = {
        {u"edit_conflict"_s, 409},
        {u"slug_exists"_s, 409},
        {u"unsupported_media_type"_s, 415},
        {u"image_too_large"_s, 413},
    };
    return statuses.value(code, JsonBody::statusFor(code));
}

HttpResponse errorResponse(const Error &error)
{
    return HttpResponse::json(
        statusFor(error.code),
        QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, error.code},
                                             {u"message"_s, error.message},
                                             {u"details"_s, error.details}}}});
}

using Mutation =
    std::function<Result<QJsonObject>(storage::ContentStore &, const storage::Actor &, qint64)>;

} // namespace

// One request's handlers, with the call and the module's stores at hand.
class ContentRoutes::Handler
{
public:
    Handler(ContentRoutes &routes, const CallPtr &call)
        : m_routes(routes)
        , m_call(call)
    {}

    void list();
    void catalog();
    void content();
    void revisions();
    void revision();
    void rollback();
    void diff();
    void imageData();
    void images();
    void removeImage();
    void categories();
    void saveContent();
    void action(const QString &name);
    void uploadImage();
    void orderImages();
    void placement(bool publish);

private:
    void fail(const Error &error) { m_call->answer(errorResponse(error)); }
    void reply(const Result<QJsonObject> &result)
    {
        if (!result)
            return fail(result.error());
        m_call->answer(HttpResponse::json(200, result.value()));
    }
    storage::ContentStore reader() { return storage::ContentStore(m_routes.m_reader.database()); }
    storage::PlacementStore placements()
    {
        return storage::PlacementStore(m_routes.m_reader.database());
    }
    QString sku() const { return m_call->params.value(0); }
    bool body(QJsonObject &object, bool optional) { return m_call->readBody(object, optional); }

    // Like Call::write, with this module's error statuses.
    // Each write is logged in /changes (and so on /live) as entity "content" or
    // "product_images", id the SKU. Every role reads /changes, so a content record carries
    // the workflow state without the fields: draft text stays with the content roles.
    void mutate(Mutation mutation, const QString &fingerprintBody = {},
                const QString &entity = u"content"_s)
    {
        mutateIn(
            [mutation = std::move(mutation)](storage::ShopStore &store, const storage::Actor &actor,
                                             qint64 now) {
                storage::ContentStore content(store.database());
                return mutation(content, actor, now);
            },
            fingerprintBody, entity);
    }

    using StoreMutation =
        std::function<Result<QJsonObject>(storage::ShopStore &, const storage::Actor &, qint64)>;
    // A placement record is logged by its page, everything else by its SKU.
    void mutateIn(StoreMutation mutation, const QString &fingerprintBody, const QString &entity)
    {
        WriteJob job;
        const storage::Actor actor = m_call->actor;
        job.run = [mutation = std::move(mutation), actor, entity](storage::ShopStore &store) {
            const Result<QJsonObject> result = mutation(store, actor, store.clock().now());
            if (!result)
                return errorResponse(result.error());
            const bool created = entity == u"content"_s &&
                                 result.value()[u"version"_s].toInteger() == 1 &&
                                 result.value()[u"published_revision"_s].toInteger() == 0 &&
                                 result.value()[u"state"_s].toString() == u"draft"_s;
            QJsonObject logged = result.value();
            logged.remove(u"fields"_s);
            const QString id = entity == u"content_placement"_s ? logged[u"page"_s].toString()
                                                                : logged[u"sku"_s].toString();
            if (auto ok = store.changes().append(actor, entity, id,
                                                 created ? u"create"_s : u"update"_s, logged);
                !ok)
                return errorResponse(ok.error());
            return HttpResponse::json(200, result.value());
        };
        m_call->submit(std::move(job), fingerprintBody);
    }

    ContentRoutes &m_routes;
    CallPtr m_call;
};

QList<Route> ContentRoutes::routes()
{
    auto to = [this](void (Handler::*handler)()) {
        return [this, handler](const CallPtr &call) { (Handler(*this, call).*handler)(); };
    };
    auto act = [this](const QString &name) {
        return [this, name](const CallPtr &call) { Handler(*this, call).action(name); };
    };
    auto place = [this](bool publish) {
        return [this, publish](const CallPtr &call) { Handler(*this, call).placement(publish); };
    };
    constexpr Capability edit = Capability::EditContent;
    constexpr Capability approve = Capability::PublishContent;
    const QString content = u"products/{sku}/content"_s;
    const QString images = u"products/{sku}/images"_s;
    return {
        {"GET", u"catalog"_s, Capability::ReadCatalogFeed, to(&Handler::catalog)},
        {"GET", u"content"_s, edit, to(&Handler::list)},
        {"GET", u"content/categories"_s, edit, to(&Handler::categories)},
        {"GET", u"content/placement"_s, edit, place(false)},
        {"PUT", u"content/placement"_s, edit, place(false)},
        {"POST", u"content/placement/publish"_s, approve, place(true)},
        {"GET", u"images/{hash}"_s, Capability::ReadImages, to(&Handler::imageData)},
        {"GET", content, edit, to(&Handler::content)},
        {"PUT", content, edit, to(&Handler::saveContent)},
        {"POST", content + u"/submit"_s, edit, act(u"submit"_s)},
        {"POST", content + u"/publish"_s, approve, act(u"publish"_s)},
        {"POST", content + u"/reject"_s, approve, act(u"reject"_s)},
        {"GET", content + u"/diff"_s, edit, to(&Handler::diff)},
        {"GET", content + u"/revisions"_s, edit, to(&Handler::revisions)},
        {"GET", content + u"/revisions/{id:revision}"_s, edit, to(&Handler::revision)},
        {"POST", content + u"/revisions/{id:revision}/rollback"_s, approve, to(&Handler::rollback)},
        {"GET", images, edit, to(&Handler::images)},
        {"POST", images, edit, to(&Handler::uploadImage)},
        {"PUT", images, edit, to(&Handler::orderImages)},
        {"DELETE", images + u"/{hash}"_s, edit, to(&Handler::removeImage)},
    };
}

void ContentRoutes::Handler::list()
{
    if (!m_call->checkQuery({u"state"_s}))
        return;
    const QString state = m_call->request.queryValue(u"state"_s);
    static const QStringList states = {u"draft"_s, u"in_review"_s, u"scheduled"_s, u"published"_s};
    if (!state.isEmpty() && !states.contains(state)) {
        return fail(Error{u"invalid_parameter"_s,
                          Tr::tr("state must be one of: %1.").arg(states.join(u", "_s)),
                          QJsonObject{{u"parameter"_s, u"state"_s}}});
    }
    reply(reader().list(state));
}

void ContentRoutes::Handler::content()
{
    if (m_call->checkQuery({}))
        reply(reader().content(sku()));
}

void ContentRoutes::Handler::revisions()
{
    if (m_call->checkQuery({}))
        reply(reader().revisions(sku()));
}

void ContentRoutes::Handler::revision()
{
    if (m_call->checkQuery({}))
        reply(reader().revision(sku(), m_call->idParam(1)));
}

void ContentRoutes::Handler::rollback()
{
    if (!m_call->checkQuery({}))
        return;
    mutate([sku = sku(), n = m_call->idParam(1)](storage::ContentStore &store,
                                                 const storage::Actor &actor, qint64 now) {
        return store.rollback(actor, sku, n, now);
    });
}

void ContentRoutes::Handler::images()
{
    if (m_call->checkQuery({}))
        reply(reader().images(sku()));
}

void ContentRoutes::Handler::removeImage()
{
    if (!m_call->checkQuery({}))
        return;
    mutate([sku = sku(),
            hash = m_call->params.value(1)](storage::ContentStore &store, const storage::Actor &,
                                            qint64) { return store.removeImage(sku, hash); },
           {}, u"product_images"_s);
}

void ContentRoutes::Handler::categories()
{
    if (m_call->checkQuery({}))
        reply(placements().categories());
}

void ContentRoutes::Handler::catalog()
{
    if (!m_call->checkQuery({}))
        return;
    auto feed = reader().catalog();
    if (!feed)
        return fail(feed.error());
    HttpResponse response = HttpResponse::json(200, feed.value());
    // The tag is a digest of the answer itself, so it moves exactly when a publication,
    // a price or the stock behind "available" does.
    const QByteArray etag =
        '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex().left(32) +
        '"';
    const QByteArray ifNoneMatch = m_call->request.header("if-none-match");
    bool unchanged = ifNoneMatch.trimmed() == "*";
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        QByteArray tag = candidate.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        unchanged = unchanged || tag == etag;
    }
    if (unchanged) {
        response.status = 304;
        response.body.clear();
    }
    response.headers.append(qMakePair(QByteArray("ETag"), QByteArray(etag)));
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    m_call->answer(response);
}

void ContentRoutes::Handler::diff()
{
    if (!m_call->checkQuery({u"from"_s, u"to"_s}))
        return;
    const QString sku = this->sku();
    // from: a revision; to: a revision, or "draft" (the default) for the current draft.
    const QString fromText = m_call->request.queryValue(u"from"_s);
    const QString toText = m_call->request.queryValue(u"to"_s);
    const bool fromOk = RequestText::isNumber(fromText);
    const bool toIsDraft = toText.isEmpty() || toText == u"draft"_s;
    const bool toOk = toIsDraft || RequestText::isNumber(toText);
    const qint64 from = fromOk ? fromText.toLongLong() : 0;
    const qint64 to = toIsDraft || !toOk ? 0 : toText.toLongLong();
    if (!fromOk || from <= 0 || !toOk || to < 0) {
        return fail(Error{u"invalid_parameter"_s,
                          Tr::tr("Compare with ?from=REVISION&to=REVISION (or to=draft)."),
                          QJsonObject{{u"parameter"_s, fromOk && from > 0 ? u"to"_s : u"from"_s}}});
    }
    reply(reader().diff(sku, from, to));
}

void ContentRoutes::Handler::imageData()
{
    if (!m_call->checkQuery({}))
        return;
    const QString hash = m_call->params.value(0);
    auto image = reader().imageData(hash);
    if (!image)
        return fail(image.error());
    HttpResponse response;
    response.status = 200;
    response.body = image.value().bytes;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray(image.value().mime.toLatin1())));
    response.headers.append(qMakePair(QByteArray("ETag"), QByteArray('"' + hash.toLatin1() + '"')));
    response.headers.append(
        qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=31536000, immutable")));
    m_call->answer(response);
}

void ContentRoutes::Handler::saveContent()
{
    if (!m_call->checkQuery({}))
        return;
    const QString sku = this->sku();
    QJsonObject object;
    if (!body(object, false))
        return;
    const QJsonValue base = object.take(u"base_revision"_s);
    if (base.isUndefined()) {
        return fail(Error{u"missing_field"_s,
                          Tr::tr("A save names the draft version it started from in "
                                 "\"base_revision\" (0 for new content)."),
                          QJsonObject{{u"field"_s, u"base_revision"_s}}});
    }
    if (!base.isDouble() || base.toDouble() != double(base.toInteger()) || base.toInteger() < 0) {
        return fail(Error{u"invalid_type"_s,
                          Tr::tr("\"base_revision\" must be a whole number of at least 0."),
                          QJsonObject{{u"field"_s, u"base_revision"_s}}});
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!storage::ContentStore::fieldNames().contains(it.key())) {
            return fail(Error{u"unknown_field"_s,
                              Tr::tr("The field \"%1\" is not known here.").arg(it.key().left(100)),
                              QJsonObject{{u"field"_s, it.key().left(100)}}});
        }
    }
    // Checked here too, so a bad document never waits for the writer.
    if (auto clean = storage::ContentStore::validate(object); !clean)
        return fail(clean.error());
    mutate([sku, base = base.toInteger(),
            object](storage::ContentStore &store, const storage::Actor &actor,
                    qint64 now) { return store.save(actor, sku, base, object, now); },
           QString::fromUtf8(m_call->request.body));
}

void ContentRoutes::Handler::action(const QString &name)
{
    if (!m_call->checkQuery({}))
        return;
    const QString sku = this->sku();
    QJsonObject object;
    if (!body(object, true))
        return;
    qint64 publishAt = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (name != u"publish"_s || it.key() != u"publish_at"_s) {
            return fail(Error{u"unknown_field"_s,
                              Tr::tr("The field \"%1\" is not known here.").arg(it.key().left(100)),
                              QJsonObject{{u"field"_s, it.key().left(100)}}});
        }
    }
    if (object.contains(u"publish_at"_s) && !object.value(u"publish_at"_s).isNull()) {
        const QDateTime at =
            QDateTime::fromString(object.value(u"publish_at"_s).toString(), Qt::ISODateWithMs);
        if (!object.value(u"publish_at"_s).isString() || !at.isValid() ||
            at.timeSpec() == Qt::LocalTime) {
            return fail(Error{u"invalid_field"_s,
                              Tr::tr("\"publish_at\" is a date and time with its zone, such as "
                                     "2026-12-01T08:00:00Z."),
                              QJsonObject{{u"field"_s, u"publish_at"_s}}});
        }
        publishAt = at.toMSecsSinceEpoch();
    }
    mutate(
        [sku, name, publishAt](storage::ContentStore &store, const storage::Actor &actor,
                               qint64 now) -> Result<QJsonObject> {
            if (name == u"submit"_s)
                return store.submit(actor, sku, now);
            if (name == u"reject"_s)
                return store.reject(actor, sku, now);
            return store.publish(actor, sku, publishAt, now);
        },
        QString::fromUtf8(m_call->request.body));
}

void ContentRoutes::Handler::uploadImage()
{
    if (!m_call->checkQuery({}))
        return;
    const QString sku = this->sku();
    const QByteArray &bytes = m_call->request.body;
    auto info =
        ContentImage::inspect(bytes, QString::fromLatin1(m_call->request.header("content-type")));
    if (!info)
        return fail(info.error());
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    mutate(
        [sku, hash, image = info.value(), bytes](storage::ContentStore &store,
                                                 const storage::Actor &, qint64 now) {
            return store.addImage(sku, hash, image.mime, image.width, image.height, bytes, now);
        },
        hash, u"product_images"_s);
}

void ContentRoutes::Handler::orderImages()
{
    if (!m_call->checkQuery({}))
        return;
    const QString sku = this->sku();
    QJsonObject object;
    if (!body(object, false))
        return;
    const QJsonValue order = object.value(u"order"_s);
    if (object.size() != 1 || !order.isArray()) {
        return fail(Error{u"invalid_field"_s,
                          Tr::tr("Send {\"order\": [image hashes]}, the main image first."),
                          QJsonObject{{u"field"_s, u"order"_s}}});
    }
    QStringList hashes;
    for (const QJsonValue &hash : order.toArray())
        hashes.append(hash.toString());
    mutate([sku, hashes](storage::ContentStore &store, const storage::Actor &,
                         qint64) { return store.orderImages(sku, hashes); },
           QString::fromUtf8(m_call->request.body), u"product_images"_s);
}

void ContentRoutes::startScheduler(GroupCommitWriter &writer, QObject *parent)
{
    auto *timer = new QTimer(parent);
    auto pending = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, parent, [this, &writer, parent, pending] {
        if (*pending)
            return;
        const qint64 now = storage::StoreClock::nowMsecs();
        // A cheap look first, so an idle server opens no write transactions.
        auto due = storage::ContentStore(m_reader.database()).dueCount(now);
        if (!due || due.value() == 0)
            return;
        *pending = true;
        WriteJob job;
        job.context = parent;
        job.run = [now](storage::ShopStore &store) {
            storage::ContentStore content(store.database());
            auto published = content.publishDue(now);
            if (!published)
                return errorResponse(published.error());
            const storage::Actor system{0, u"system"_s, {}};
            for (const QString &sku : published.value()) {
                auto object = content.content(sku);
                if (!object)
                    return errorResponse(object.error());
                QJsonObject logged = object.value();
                logged.remove(u"fields"_s);
                if (auto ok =
                        store.changes().append(system, u"content"_s, sku, u"update"_s, logged);
                    !ok)
                    return errorResponse(ok.error());
            }
            return HttpResponse::json(200, QJsonObject{{u"published"_s, published.value().size()}});
        };
        job.done = [pending](const HttpResponse &) { *pending = false; };
        writer.submit(std::move(job));
    });
    timer->start(500);
}

void ContentRoutes::Handler::placement(bool publish)
{
    if (!m_call->checkQuery({u"page"_s}))
        return;
    const QString given = m_call->request.queryValue(u"page"_s);
    if (given.isEmpty()) {
        return fail(Error{u"invalid_parameter"_s,
                          Tr::tr("Name the page with ?page=home or ?page=category:PATH."),
                          QJsonObject{{u"parameter"_s, u"page"_s}}});
    }
    auto page = storage::PlacementStore::normalisePage(given);
    if (!page)
        return fail(page.error());
    if (m_call->request.method == "GET")
        return reply(placements().placement(page.value()));
    QJsonObject object;
    if (!body(object, publish))
        return;
    auto wholeNumber = [&](const QString &field, qint64 &out) {
        const QJsonValue value = object.value(field);
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) ||
            value.toInteger() < 0) {
            fail(Error{u"invalid_type"_s,
                       Tr::tr("\"%1\" must be a whole number of at least 0.").arg(field),
                       QJsonObject{{u"field"_s, field}}});
            return false;
        }
        out = value.toInteger();
        return true;
    };
    const QStringList known = publish ? QStringList{u"version"_s}
                                      : QStringList{u"base_revision"_s, u"featured"_s, u"order"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return fail(Error{u"unknown_field"_s,
                              Tr::tr("The field \"%1\" is not known here.").arg(it.key().left(100)),
                              QJsonObject{{u"field"_s, it.key().left(100)}}});
        }
    }
    // The page is part of what a retried request must match, beside its body.
    const QString fingerprint = page.value() + u' ' + QString::fromUtf8(m_call->request.body);
    if (publish) {
        qint64 version = 0;
        if (object.contains(u"version"_s) && !wholeNumber(u"version"_s, version))
            return;
        return mutateIn(
            [page = page.value(), version](storage::ShopStore &store, const storage::Actor &actor,
                                           qint64 now) {
                return storage::PlacementStore(store.database()).publish(actor, page, version, now);
            },
            fingerprint, u"content_placement"_s);
    }
    if (!object.contains(u"base_revision"_s)) {
        return fail(Error{u"missing_field"_s,
                          Tr::tr("A save names the placement version it started from in "
                                 "\"base_revision\" (0 for a page never placed)."),
                          QJsonObject{{u"field"_s, u"base_revision"_s}}});
    }
    qint64 base = 0;
    if (!wholeNumber(u"base_revision"_s, base))
        return;
    for (const QString &field : {u"featured"_s, u"order"_s}) {
        if (object.contains(field) && !object.value(field).isArray()) {
            return fail(Error{u"invalid_type"_s, Tr::tr("\"%1\" must be a list.").arg(field),
                              QJsonObject{{u"field"_s, field}}});
        }
    }
    mutateIn(
        [page = page.value(), base, featured = object.value(u"featured"_s).toArray(),
         order = object.value(u"order"_s).toArray()](storage::ShopStore &store,
                                                     const storage::Actor &actor, qint64 now) {
            return storage::PlacementStore(store.database())
                .save(actor, page, base, featured, order, now);
        },
        fingerprint, u"content_placement"_s);
}

} // namespace shopdesk::server
