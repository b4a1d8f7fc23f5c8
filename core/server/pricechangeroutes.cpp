#include "server/pricechangeroutes.h"

#include "domain/pricechange.h"
#include "domain/tr.h"
#include "server/httprequestparser.h"
#include "server/jsonbody.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr double maxPercent = 1000;
constexpr double minPercent = -100;

} // namespace

QList<Route> PriceChangeRoutes::routes()
{
    return {
        {"POST", u"products/prices"_s, Capability::EditProducts,
         [this](const CallPtr &call) { change(call); }},
    };
}

bool PriceChangeRoutes::readRequest(const CallPtr &call, const QJsonObject &object,
                                    storage::PriceChangeRequest &request, bool &preview,
                                    QString &token)
{
    JsonBody body(object);
    body.allowOnly(
        {u"category"_s, u"percent"_s, u"amount_minor"_s, u"csv"_s, u"preview"_s, u"token"_s});
    const QJsonValue previewValue = object.value(u"preview"_s);
    if (body.ok() && previewValue.isUndefined())
        body.setError(400, u"missing_field"_s, Tr::tr("The field \"preview\" is required."),
                      u"preview"_s);
    else if (body.ok() && !previewValue.isBool())
        body.setError(400, u"invalid_type"_s,
                      Tr::tr("The field \"preview\" must be true or false."), u"preview"_s);
    preview = previewValue.toBool();
    token = body.string(u"token"_s, !preview, 64);
    // The CSV may fill the whole body: it is the one string above the usual limit.
    request.csv = body.string(u"csv"_s, false, int(HttpRequestParser::maxBodyBytes));
    request.category = body.string(u"category"_s, false, JsonBody::nameLength, false);
    if (body.ok() && body.has(u"csv"_s) == body.has(u"category"_s)) {
        body.setError(400, body.has(u"csv"_s) ? u"conflicting_fields"_s : u"missing_field"_s,
                      Tr::tr("Give either \"category\" or \"csv\"."), u"category"_s);
    }
    if (body.ok() && body.has(u"category"_s)) {
        if (body.has(u"percent"_s) == body.has(u"amount_minor"_s)) {
            body.setError(400,
                          body.has(u"percent"_s) ? u"conflicting_fields"_s : u"missing_field"_s,
                          Tr::tr("A change by category takes either \"percent\" or "
                                 "\"amount_minor\"."),
                          u"percent"_s);
        } else if (body.has(u"amount_minor"_s)) {
            request.deltaMinor = body.integer(u"amount_minor"_s, true, -PriceChange::maxAmountMinor,
                                              PriceChange::maxAmountMinor, u"invalid_amount"_s);
        } else {
            const QJsonValue percent = object.value(u"percent"_s);
            const double hundredths = percent.toDouble() * 100;
            if (!percent.isDouble()) {
                body.setError(400, u"invalid_type"_s,
                              Tr::tr("The field \"percent\" must be a number."), u"percent"_s);
            } else if (percent.toDouble() < minPercent || percent.toDouble() > maxPercent ||
                       std::abs(hundredths - std::round(hundredths)) > 1e-6) {
                body.setError(422, u"invalid_percent"_s,
                              Tr::tr("A percentage lies between %1 and %2, with at most two "
                                     "decimals.")
                                  .arg(minPercent)
                                  .arg(maxPercent),
                              u"percent"_s);
            } else {
                request.percentHundredths = qint64(std::llround(hundredths));
            }
        }
    } else if (body.ok() && (body.has(u"percent"_s) || body.has(u"amount_minor"_s))) {
        body.setError(400, u"conflicting_fields"_s,
                      Tr::tr("A CSV price list takes neither \"percent\" nor \"amount_minor\"."),
                      body.has(u"percent"_s) ? u"percent"_s : u"amount_minor"_s);
    }
    if (!body.ok()) {
        call->fail(body.error());
        return false;
    }
    return true;
}

void PriceChangeRoutes::change(const CallPtr &call)
{
    QJsonObject object;
    storage::PriceChangeRequest request;
    bool preview = true;
    QString token;
    if (!call->readBody(object) || !readRequest(call, object, request, preview, token))
        return;
    if (preview) {
        // Reads only: the answer is what an apply would do now.
        storage::PriceChangeStore prices(m_reader.products(), m_reader.currency());
        return call->reply(200, prices.preview(request));
    }
    const storage::Actor actor = call->actor;
    const QString currency = m_reader.currency();
    call->write(200, [actor, request, token, currency](storage::ShopStore &store) {
        return storage::PriceChangeStore(store.products(), currency).apply(actor, request, token);
    });
}

} // namespace shopdesk::server
