#pragma once

#include "domain/capability.h"
#include "server/call.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace shopdesk::server {

// One entry of a module's route table: a method, a path pattern under /api/v1/, who may call
// it and its handler. A pattern's segments are literals or typed parameters, checked before
// any token so that a malformed one is a 404: {id} a positive number, {sku} a SKU, {hash} an
// image's SHA-256 in hex, {word} any segment. "{id:revision}" names the thing a 404 is about;
// by default that is the segment before it ("orders"), a product for {sku}, an image for
// {hash}. Where patterns overlap, a literal segment wins ("stock/low" over "stock/{sku}").
struct Route
{
    using Handler = std::function<void(const CallPtr &)>;

    Route(QByteArray method, QString pattern, Capability capability, Handler handler)
        : Route(std::move(method), std::move(pattern), std::optional(capability),
                std::move(handler))
    {}
    // A route anyone may call, without a token.
    static Route open(QByteArray method, QString pattern, Handler handler)
    {
        return Route(std::move(method), std::move(pattern), std::nullopt, std::move(handler));
    }
    // Browsers cannot set headers on a WebSocket: the token may come as ?token= too.
    Route &tokenInQuery()
    {
        acceptsQueryToken = true;
        return *this;
    }
    // The message of the 403 when the module words its refusal itself.
    Route &refusedWith(QString (*message)())
    {
        refusal = message;
        return *this;
    }
    bool isPublic() const { return !capability.has_value(); }

    QByteArray method;
    QString pattern;
    std::optional<Capability> capability; // none: public
    Handler handler;
    bool acceptsQueryToken = false;
    QString (*refusal)() = nullptr;

private:
    Route(QByteArray method, QString pattern, std::optional<Capability> capability, Handler handler)
        : method(std::move(method))
        , pattern(std::move(pattern))
        , capability(capability)
        , handler(std::move(handler))
    {}
};

// A route table's handler that calls one member function of its routes object.
template<typename Routes>
Route::Handler memberHandler(Routes *routes, void (Routes::*member)(const CallPtr &))
{
    return [routes, member](const CallPtr &call) { (routes->*member)(call); };
}

} // namespace shopdesk::server
