#include "client/admin/pricechangepreview.h"

#include "domain/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

Result<PriceChangePreview> PriceChangePreview::fromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    PriceChangePreview preview;
    preview.token = fields.text(u"token"_s, JsonFields::Required);
    const QJsonArray changes = fields.array(u"changes"_s, JsonFields::Required);
    const QJsonArray problems = fields.array(u"problems"_s, JsonFields::Required);
    for (qsizetype i = 0; fields.ok() && i < changes.size(); ++i) {
        JsonFields change(changes.at(i).toObject(), fields.pathOf(u"changes"_s, i));
        Change c;
        c.sku = change.text(u"sku"_s, JsonFields::Required);
        c.name = change.text(u"name"_s);
        if (const auto old = change.money(u"old"_s, JsonFields::Required))
            c.oldMinor = old->amountMinor();
        if (const auto next = change.money(u"new"_s, JsonFields::Required)) {
            c.newMinor = next->amountMinor();
            c.currency = next->currency().code();
        }
        fields.adopt(change);
        preview.changes.append(c);
    }
    for (qsizetype i = 0; fields.ok() && i < problems.size(); ++i) {
        JsonFields problem(problems.at(i).toObject(), fields.pathOf(u"problems"_s, i));
        PriceProblem p;
        p.line = int(problem.integer(u"line"_s));
        p.sku = problem.text(u"sku"_s);
        p.code = problem.text(u"code"_s, JsonFields::Required);
        p.message = problem.text(u"message"_s);
        fields.adopt(problem);
        preview.problems.append(p);
    }
    if (!fields.ok())
        return fields.error();
    return preview;
}

} // namespace shopdesk::client
