#include "server/contentroutes.h"

#include "domain/ids.h"
#include "domain/tr.h"
#include "server/contentimage.h"
#include "server/groupcommitwriter.h"
#include "server/jsonbody.h"
#include "storage/contentstore.h"
#include "storage/placementstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

enum class Kind {
    None,
    Catalog,
    List,             // content?state=
    ImageData,        // images/{hash}
    Content,          // products/{sku}/content
    Action,           // products/{sku}/content/{submit|publish|reject}
    Revisions,        // products/{sku}/content/revisions
    Diff,             // products/{sku}/content/diff?from=&to=
    Revision,         // products/{sku}/content/revisions/{n}
    Rollback,         // products/{sku}/content/revisions/{n}/rollback
    Images,           // products/{sku}/images
    Image,            // products/{sku}/images/{hash}
    Categories,       // content/categories
    Placement,        // content/placement?page=
    PlacementPublish, // content/placement/publish?page=
};

const QStringList writers = {u"editor"_s, u"manager"_s, u"admin"_s};
const QStringList approvers = {u"manager"_s, u"admin"_s};
const QStringList catalogReaders = {u"shop"_s, u"manager"_s, u"admin"_s};
const QStringList imageReaders = {u"shop"_s, u"editor"_s, u"manager"_s, u"admin"_s};

Kind kindOf(const QStringList &s)
{
    const qsizetype n = s.size();
    const QString first = s.value(0);
    if (first == u"catalog"_s && n == 1)
        return Kind::Catalog;
    if (first == u"content"_s && n == 1)
        return Kind::List;
    if (first == u"content"_s && n == 2 && s[1] == u"categories"_s)
        return Kind::Categories;
    if (first == u"content"_s && n == 2 && s[1] == u"placement"_s)
        return Kind::Placement;
    if (first == u"content"_s && n == 3 && s[1] == u"placement"_s && s[2] == u"publish"_s)
        return Kind::PlacementPublish;
    if (first == u"images"_s && n == 2)
        return Kind::ImageData;
    if (first != u"products"_s || n < 3)
        return Kind::None;
    if (s[2] == u"images"_s)
        return n == 3 ? Kind::Images : n == 4 ? Kind::Image : Kind::None;
    if (s[2] != u"content"_s)
        return Kind::None;
    if (n == 3)
        return Kind::Content;
    if (n == 4 && QStringList{u"submit"_s, u"publish"_s, u"reject"_s}.contains(s[3]))
        return Kind::Action;
    if (n == 4 && s[3] == u"diff"_s)
        return Kind::Diff;
    if (s[3] != u"revisions"_s)
        return Kind::None;
    if (n == 4)
        return Kind::Revisions;
    if (n == 5)
        return Kind::Revision;
    if (n == 6 && s[5] == u"rollback"_s)
        return Kind::Rollback;
    return Kind::None;
}

QByteArrayList methodsOf(Kind kind)
{
    switch (kind) {
    case Kind::Content:
    case Kind::Placement:
        return {"GET", "PUT"};
    case Kind::Images:
        return {"GET", "POST", "PUT"};
    case Kind::Image:
        return {"DELETE"};
    case Kind::Action:
    case Kind::Rollback:
    case Kind::PlacementPublish:
        return {"POST"};
    default:
        return {"GET"};
    }
}

bool isHash(const QString &text)
{
    static const QRegularExpression form(u"^[0-9a-f]{64}$"_s);
    return form.match(text).hasMatch();
}

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

// Everything that needs the server's private plumbing, in one place.
struct ContentRoutes::Calls
{
    ApiServer &server;
    const std::shared_ptr<ApiServer::Call> &call;

    void fail(const Error &error) { server.answer(call, errorResponse(error)); }
    void reply(const Result<QJsonObject> &result)
    {
        if (!result)
            return fail(result.error());
        server.answer(call, HttpResponse::json(200, result.value()));
    }
    storage::ContentStore reader() { return storage::ContentStore(server.m_reader.database()); }
    storage::PlacementStore placements()
    {
        return storage::PlacementStore(server.m_reader.database());
    }

    // Like ApiServer::write, with this module's error statuses.
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
        const storage::Actor actor = call->actor;
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
        job.context = &server;
        job.done = [server = &server, call = call](const HttpResponse &response) {
            server->answer(call, response);
        };
        if (!call->idempotencyKey.isEmpty()) {
            job.userId = actor.userId;
            job.idempotencyKey = call->idempotencyKey;
            job.fingerprint = QString::fromLatin1(call->request.method) + u' ' +
                              call->request.path + u' ' + fingerprintBody;
        }
        server.m_writer.submit(std::move(job));
    }

    bool body(QJsonObject &object, bool optional)
    {
        return server.readBody(call, object, optional);
    }

    void catalog();
    void diff(const QString &sku);
    void imageData(const QString &hash);
    void saveContent(const QString &sku);
    void action(const QString &sku, const QString &name);
    void uploadImage(const QString &sku);
    void orderImages(const QString &sku);
    void placement(bool publish);
};

bool ContentRoutes::matches(const QStringList &segments)
{
    return kindOf(segments) != Kind::None;
}

bool ContentRoutes::checkMethod(ApiServer &server, const std::shared_ptr<ApiServer::Call> &call,
                                const QStringList &segments)
{
    const Kind kind = kindOf(segments);
    const QByteArrayList allowed = methodsOf(kind);
    if (!allowed.contains(call->request.method)) {
        HttpResponse response = errorResponse(
            Error{u"method_not_allowed"_s,
                  Tr::tr("%1 does not answer %2.")
                      .arg(call->request.path, QString::fromLatin1(call->request.method)),
                  QJsonObject{{u"allowed"_s, QString::fromLatin1(allowed.join(", "))}}});
        response.headers.append(qMakePair(QByteArray("Allow"), QByteArray(allowed.join(", "))));
        server.answer(call, response);
        return false;
    }
    auto notFound = [&](const QString &what) {
        server.fail(call, u"not_found"_s, Tr::tr("There is no %1.").arg(what.left(120)));
        return false;
    };
    if (kind == Kind::ImageData && !isHash(segments[1]))
        return notFound(u"image "_s + segments[1]);
    const bool productRoute = segments.value(0) == u"products"_s;
    if (productRoute && !Sku::isValid(segments[1]))
        return notFound(u"product "_s + segments[1]);
    if (kind == Kind::Image && !isHash(segments[3]))
        return notFound(u"image "_s + segments[3]);
    if (kind == Kind::Revision || kind == Kind::Rollback) {
        bool ok = false;
        const qint64 n = segments[4].toLongLong(&ok);
        if (!ok || n <= 0)
            return notFound(u"revision "_s + segments[4]);
    }
    return true;
}

void ContentRoutes::handle(ApiServer &server, const std::shared_ptr<ApiServer::Call> &call,
                           const QStringList &segments)
{
    Calls calls{server, call};
    const Kind kind = kindOf(segments);
    const QByteArray &method = call->request.method;
    const QString sku = segments.value(1);
    QStringList roles = writers;
    if (kind == Kind::Catalog)
        roles = catalogReaders;
    else if (kind == Kind::ImageData)
        roles = imageReaders;
    else if ((kind == Kind::Action && segments[3] != u"submit"_s) || kind == Kind::Rollback ||
             kind == Kind::PlacementPublish)
        roles = approvers;
    QStringList parameters;
    if (kind == Kind::Diff)
        parameters = {u"from"_s, u"to"_s};
    if (kind == Kind::List)
        parameters = {u"state"_s};
    if (kind == Kind::Placement || kind == Kind::PlacementPublish)
        parameters = {u"page"_s};
    if (!server.allow(call, roles) || !server.checkQuery(call, parameters))
        return;
    switch (kind) {
    case Kind::Catalog:
        return calls.catalog();
    case Kind::ImageData:
        return calls.imageData(segments[1]);
    case Kind::Content:
        if (method == "PUT")
            return calls.saveContent(sku);
        return calls.reply(calls.reader().content(sku));
    case Kind::Action:
        return calls.action(sku, segments[3]);
    case Kind::Revisions:
        return calls.reply(calls.reader().revisions(sku));
    case Kind::List: {
        const QString state = call->request.queryValue(u"state"_s);
        static const QStringList states = {u"draft"_s, u"in_review"_s, u"scheduled"_s,
                                           u"published"_s};
        if (!state.isEmpty() && !states.contains(state)) {
            return calls.fail(Error{u"invalid_parameter"_s,
                                    Tr::tr("state must be one of: %1.").arg(states.join(u", "_s)),
                                    QJsonObject{{u"parameter"_s, u"state"_s}}});
        }
        return calls.reply(calls.reader().list(state));
    }
    case Kind::Diff:
        return calls.diff(sku);
    case Kind::Revision:
        return calls.reply(calls.reader().revision(sku, segments[4].toLongLong()));
    case Kind::Rollback:
        return calls.mutate([sku, n = segments[4].toLongLong()](
                                storage::ContentStore &store, const storage::Actor &actor,
                                qint64 now) { return store.rollback(actor, sku, n, now); });
    case Kind::Images:
        if (method == "POST")
            return calls.uploadImage(sku);
        if (method == "PUT")
            return calls.orderImages(sku);
        return calls.reply(calls.reader().images(sku));
    case Kind::Image:
        return calls.mutate(
            [sku, hash = segments[3]](storage::ContentStore &store, const storage::Actor &,
                                      qint64) { return store.removeImage(sku, hash); },
            {}, u"product_images"_s);
    case Kind::Categories:
        return calls.reply(calls.placements().categories());
    case Kind::Placement:
    case Kind::PlacementPublish:
        return calls.placement(kind == Kind::PlacementPublish);
    case Kind::None:
        return;
    }
}

void ContentRoutes::Calls::catalog()
{
    auto feed = reader().catalog();
    if (!feed)
        return fail(feed.error());
    HttpResponse response = HttpResponse::json(200, feed.value());
    // The tag is a digest of the answer itself, so it moves exactly when a publication,
    // a price or the stock behind "available" does.
    const QByteArray etag =
        '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex().left(32) +
        '"';
    const QByteArray ifNoneMatch = call->request.header("if-none-match");
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
    server.answer(call, response);
}

void ContentRoutes::Calls::diff(const QString &sku)
{
    // from: a revision; to: a revision, or "draft" (the default) for the current draft.
    const QString fromText = call->request.queryValue(u"from"_s);
    const QString toText = call->request.queryValue(u"to"_s);
    bool fromOk = false;
    bool toOk = toText.isEmpty() || toText == u"draft"_s;
    const qint64 from = fromText.toLongLong(&fromOk);
    const qint64 to = toOk ? 0 : toText.toLongLong(&toOk);
    if (!fromOk || from <= 0 || !toOk || to < 0) {
        return fail(Error{u"invalid_parameter"_s,
                          Tr::tr("Compare with ?from=REVISION&to=REVISION (or to=draft)."),
                          QJsonObject{{u"parameter"_s, fromOk && from > 0 ? u"to"_s : u"from"_s}}});
    }
    reply(reader().diff(sku, from, to));
}

void ContentRoutes::Calls::imageData(const QString &hash)
{
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
    server.answer(call, response);
}

void ContentRoutes::Calls::saveContent(const QString &sku)
{
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
           QString::fromUtf8(call->request.body));
}

void ContentRoutes::Calls::action(const QString &sku, const QString &name)
{
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
        QString::fromUtf8(call->request.body));
}

void ContentRoutes::Calls::uploadImage(const QString &sku)
{
    const QByteArray &bytes = call->request.body;
    auto info =
        ContentImage::inspect(bytes, QString::fromLatin1(call->request.header("content-type")));
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

void ContentRoutes::Calls::orderImages(const QString &sku)
{
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
           QString::fromUtf8(call->request.body), u"product_images"_s);
}

void ContentRoutes::startScheduler(ApiServer &server)
{
    auto *timer = new QTimer(&server);
    auto pending = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, &server, [&server, pending] {
        if (*pending)
            return;
        const qint64 now = storage::StoreClock::nowMsecs();
        // A cheap look first, so an idle server opens no write transactions.
        auto due = storage::ContentStore(server.m_reader.database()).dueCount(now);
        if (!due || due.value() == 0)
            return;
        *pending = true;
        WriteJob job;
        job.context = &server;
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
        server.m_writer.submit(std::move(job));
    });
    timer->start(500);
}

} // namespace shopdesk::server

namespace shopdesk::server {

void ContentRoutes::Calls::placement(bool publish)
{
    const QString given = call->request.queryValue(u"page"_s);
    if (given.isEmpty()) {
        return fail(Error{u"invalid_parameter"_s,
                          Tr::tr("Name the page with ?page=home or ?page=category:PATH."),
                          QJsonObject{{u"parameter"_s, u"page"_s}}});
    }
    auto page = storage::PlacementStore::normalisePage(given);
    if (!page)
        return fail(page.error());
    if (call->request.method == "GET")
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
    const QString fingerprint = page.value() + u' ' + QString::fromUtf8(call->request.body);
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
