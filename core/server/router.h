#pragma once

#include "server/clientaddress.h"
#include "server/route.h"

#include <QHash>
#include <QList>

namespace shopdesk::server {

class Authenticator;
class GroupCommitWriter;

// Answers requests from the route tables of the modules, knowing none of them: finds the
// route (404), checks the method (405 with Allow) and the path's parameters (404),
// authenticates (401) unless the route is public, checks the Idempotency-Key (400) and the
// route's capability against the permission table (403), then calls the handler.
class Router
{
public:
    Router(Authenticator &authenticator, GroupCommitWriter &writer, QObject *context);

    void add(const QList<Route> &routes);
    // The reverse proxies whose X-Forwarded-For names the client each change is recorded from.
    void setTrustedProxies(const QList<QHostAddress> &proxies)
    {
        m_clientAddress = ClientAddress(proxies);
    }
    void dispatch(HttpConnection *connection, const HttpRequest &request);
    const QList<Route> &routes() const { return m_routes; }
    // Requests read but not answered yet.
    int inFlight() const { return m_inFlight; }

private:
    struct Segment
    {
        enum class Kind { Literal, Id, Sku, Hash, Word };
        Kind kind = Kind::Literal;
        QString text; // the literal, or the thing a parameter names
    };
    struct Resource // the routes of one pattern
    {
        QList<Segment> segments;
        QList<qsizetype> routes;
        QByteArrayList methods;
    };

    static QList<Segment> parsePattern(const QString &pattern);
    static bool moreSpecific(const Resource &a, const Resource &b);
    const Resource *match(const QStringList &segments) const;
    // The route of the method, or nullptr after answering 405.
    const Route *routeFor(const CallPtr &call, const Resource &resource) const;
    // The parameters' values, or false after answering 404.
    bool readParams(const CallPtr &call, const Resource &resource,
                    const QStringList &segments) const;
    // A query key or value with a control character names nothing: 400, before any work.
    bool checkQueryText(const CallPtr &call) const;
    bool checkIdempotencyKey(const CallPtr &call) const;
    bool allow(const CallPtr &call, const Route &route) const;

    Authenticator &m_authenticator;
    GroupCommitWriter &m_writer;
    QObject *m_context;
    QList<Route> m_routes;
    QList<Resource> m_resources;
    QHash<QString, QList<qsizetype>> m_byFirst; // resources by their first (literal) segment
    int m_inFlight = 0;
    ClientAddress m_clientAddress;
};

} // namespace shopdesk::server
