#include "server/router.h"

#include "domain/ids.h"
#include "domain/permissions.h"
#include "domain/tr.h"
#include "server/authenticator.h"
#include "server/logging.h"
#include "server/requesttext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

bool isMutation(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

// Exactly the digits of a positive number: QString::toLongLong alone would also take "+7",
// " 7" and, since it stops at a NUL, "7\0junk".
bool isPositiveId(const QString &text)
{
    return RequestText::isNumber(text) && text.front() != u'0';
}

// Report names, providers, statuses: a plain word, never a control character or a slash.
bool isWord(const QString &text)
{
    return !text.isEmpty() && text.size() <= 64 &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                      (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'.';
           });
}

bool isHash(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace

Router::Router(Authenticator &authenticator, GroupCommitWriter &writer, QObject *context)
    : m_authenticator(authenticator)
    , m_writer(writer)
    , m_context(context)
{}

QList<Router::Segment> Router::parsePattern(const QString &pattern)
{
    QList<Segment> segments;
    for (const QString &part : pattern.split(u'/')) {
        Segment segment;
        if (!part.startsWith(u'{') || !part.endsWith(u'}')) {
            segment.text = part;
            segments.append(segment);
            continue;
        }
        const QStringList typeAndNoun = part.mid(1, part.size() - 2).split(u':');
        const QString type = typeAndNoun.value(0);
        if (type == u"id"_s) {
            segment.kind = Segment::Kind::Id;
            segment.text = segments.isEmpty() ? QString() : segments.last().text;
        } else if (type == u"sku"_s) {
            segment.kind = Segment::Kind::Sku;
            segment.text = u"product"_s;
        } else if (type == u"hash"_s) {
            segment.kind = Segment::Kind::Hash;
            segment.text = u"image"_s;
        } else {
            Q_ASSERT_X(type == u"word"_s, "Router", "unknown parameter type");
            segment.kind = Segment::Kind::Word;
        }
        if (typeAndNoun.size() > 1)
            segment.text = typeAndNoun[1];
        segments.append(segment);
    }
    return segments;
}

void Router::add(const QList<Route> &routes)
{
    for (const Route &route : routes) {
        const QList<Segment> segments = parsePattern(route.pattern);
        auto same = std::find_if(m_resources.begin(), m_resources.end(), [&](const Resource &r) {
            return std::equal(r.segments.cbegin(), r.segments.cend(), segments.cbegin(),
                              segments.cend(), [](const Segment &a, const Segment &b) {
                                  return a.kind == b.kind &&
                                         (a.kind != Segment::Kind::Literal || a.text == b.text);
                              });
        });
        if (same == m_resources.end()) {
            Q_ASSERT_X(segments.first().kind == Segment::Kind::Literal, "Router",
                       "a pattern starts with a literal");
            m_byFirst[segments.first().text].append(m_resources.size());
            m_resources.append(Resource{segments, {}, {}});
            same = m_resources.end() - 1;
        }
        Q_ASSERT_X(!same->methods.contains(route.method), "Router", "a route is declared twice");
        same->routes.append(m_routes.size());
        same->methods.append(route.method);
        m_routes.append(route);
    }
}

// The first segment where one is a literal and the other a parameter decides.
bool Router::moreSpecific(const Resource &a, const Resource &b)
{
    for (qsizetype i = 0; i < a.segments.size(); ++i) {
        const bool aLiteral = a.segments[i].kind == Segment::Kind::Literal;
        const bool bLiteral = b.segments[i].kind == Segment::Kind::Literal;
        if (aLiteral != bLiteral)
            return aLiteral;
    }
    return false;
}

const Router::Resource *Router::match(const QStringList &segments) const
{
    const Resource *best = nullptr;
    for (const qsizetype index : m_byFirst.value(segments.value(0))) {
        const Resource &resource = m_resources[index];
        if (resource.segments.size() != segments.size())
            continue;
        bool matches = true;
        for (qsizetype i = 1; matches && i < segments.size(); ++i) {
            const Segment &segment = resource.segments[i];
            matches = segment.kind != Segment::Kind::Literal || segment.text == segments[i];
        }
        if (matches && (!best || moreSpecific(resource, *best)))
            best = &resource;
    }
    return best;
}

const Route *Router::routeFor(const CallPtr &call, const Resource &resource) const
{
    const QByteArray &method = call->request.method;
    if (const qsizetype i = resource.methods.indexOf(method); i >= 0)
        return &m_routes[resource.routes[i]];
    const QByteArray allowed = resource.methods.join(", ");
    HttpResponse response = Call::errorResponse(
        Error{u"method_not_allowed"_s,
              Tr::tr("%1 does not answer %2.").arg(call->request.path, QString::fromLatin1(method)),
              QJsonObject{{u"allowed"_s, QString::fromLatin1(allowed)}}});
    response.headers.append({"Allow", allowed});
    call->answer(response);
    return nullptr;
}

bool Router::readParams(const CallPtr &call, const Resource &resource,
                        const QStringList &segments) const
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = resource.segments[i];
        const QString &value = segments[i];
        bool valid = true;
        switch (segment.kind) {
        case Segment::Kind::Literal:
            continue;
        case Segment::Kind::Id:
            valid = isPositiveId(value);
            break;
        case Segment::Kind::Sku:
            valid = Sku::isValid(value);
            break;
        case Segment::Kind::Hash:
            valid = isHash(value);
            break;
        case Segment::Kind::Word:
            valid = isWord(value);
            break;
        }
        if (!valid) {
            call->fail(u"not_found"_s,
                       Tr::tr("There is no %1 %2.")
                           .arg(segment.text, RequestText::printable(value).left(100)));
            return false;
        }
        call->params.append(value);
    }
    return true;
}

bool Router::checkQueryText(const CallPtr &call) const
{
    for (const auto &[key, value] : call->request.query.queryItems(QUrl::FullyDecoded)) {
        if (RequestText::hasControlCharacter(key) || RequestText::hasControlCharacter(value)) {
            call->fail(u"invalid_parameter"_s,
                       Tr::tr("The query parameter \"%1\" holds control characters.")
                           .arg(RequestText::printable(key).left(100)),
                       QJsonObject{{u"parameter"_s, RequestText::printable(key).left(100)}});
            return false;
        }
    }
    return true;
}

bool Router::checkIdempotencyKey(const CallPtr &call) const
{
    const HttpRequest &request = call->request;
    if (!isMutation(request.method) || !request.hasHeader("idempotency-key"))
        return true;
    auto key = IdempotencyKey::parse(QString::fromLatin1(request.header("idempotency-key")));
    if (!key) {
        call->fail(u"invalid_idempotency_key"_s, Tr::tr("The Idempotency-Key must be a UUID."));
        return false;
    }
    call->idempotencyKey = key.value().toString();
    return true;
}

bool Router::allow(const CallPtr &call, const Route &route) const
{
    const QString &role = call->actor.role;
    if (Permissions::allows(role, *route.capability))
        return true;
    const QString message =
        route.refusal ? route.refusal()
                      : Tr::tr("The role %1 may not do this; it needs one of: %2.")
                            .arg(role, Permissions::rolesWith(*route.capability).join(u", "_s));
    call->fail(u"forbidden"_s, message, QJsonObject{{u"role"_s, role}});
    return false;
}

void Router::dispatch(HttpConnection *connection, const HttpRequest &request)
{
    auto call = std::make_shared<Call>(connection, request, m_writer, m_context, m_inFlight);
    const QString &path = request.path;
    qCDebug(lcServer).noquote() << request.peer.toString() << QString::fromLatin1(request.method)
                                << path;

    static const QString prefix = u"/api/v1/"_s;
    QStringList segments;
    if (path.startsWith(prefix))
        segments = path.mid(prefix.size()).split(u'/');
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast();

    // A known route before a token, so 404 and 405 come first.
    const Resource *resource = match(segments);
    if (!resource)
        return call->fail(
            u"not_found"_s,
            Tr::tr("There is no route %1.").arg(RequestText::printable(path).left(200)));
    const Route *route = routeFor(call, *resource);
    if (!route || !readParams(call, *resource, segments) || !checkQueryText(call))
        return;

    if (!route->isPublic()) {
        // Bearer token from the header, or for some routes from the query.
        QString token;
        const QByteArray authorization = request.header("authorization");
        if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
            token = QString::fromLatin1(authorization.mid(7).trimmed());
        if (token.isEmpty() && route->acceptsQueryToken)
            token = request.queryValue(u"token"_s);
        if (!m_authenticator.authenticate(*call, token))
            return;
        call->actor.address = m_clientAddress.textOf(request);
    }
    if (!checkIdempotencyKey(call))
        return;
    if (!route->isPublic() && !allow(call, *route))
        return;
    route->handler(call);
}

} // namespace shopdesk::server
