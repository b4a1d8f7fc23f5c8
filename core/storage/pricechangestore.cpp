#include "storage/pricechangestore.h"

#include "domain/tr.h"
#include "storage/storevalues.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

constexpr int skusPerQuery = 500; // well within both backends' limits on bound values

qint64 amountOf(const QJsonObject &product)
{
    return qint64(product.value(u"price"_s).toObject().value(u"amount_minor"_s).toDouble());
}

} // namespace

Result<QList<QJsonObject>> PriceChangeStore::productsBySku(const QStringList &skus)
{
    QList<QJsonObject> found;
    for (qsizetype from = 0; from < skus.size(); from += skusPerQuery) {
        const QStringList part = skus.mid(from, skusPerQuery);
        QStringList marks;
        QVariantList values;
        for (const QString &sku : part) {
            marks.append(u"?"_s);
            values.append(sku);
        }
        auto rows =
            m_products.productsWhere(u"p.sku IN ("_s + marks.join(u", "_s) + u")"_s, values);
        if (!rows)
            return rows.error();
        found.append(rows.value());
    }
    return found;
}

Result<PriceChangeStore::Plan> PriceChangeStore::plan(const PriceChangeRequest &request)
{
    Plan plan;
    const auto currency = Currency::parse(m_currency);
    if (!currency)
        return currency.error();
    QHash<QString, qint64> wanted; // the CSV's new prices
    QHash<QString, int> lineOf;
    QList<QJsonObject> products;
    if (!request.category.isEmpty()) {
        auto rows =
            m_products.productsWhere(u"p.category = ? AND p.archived = 0"_s, {request.category});
        if (!rows)
            return rows.error();
        products = rows.value();
    } else {
        const auto lines = PriceChange::readCsv(request.csv, *currency, plan.problems);
        QStringList skus;
        for (const auto &line : lines) {
            wanted.insert(line.sku, line.priceMinor);
            lineOf.insert(line.sku, line.line);
            skus.append(line.sku);
        }
        auto rows = productsBySku(skus);
        if (!rows)
            return rows.error();
        products = rows.value();
        QSet<QString> known;
        for (const QJsonObject &product : std::as_const(products))
            known.insert(product.value(u"sku"_s).toString());
        for (const auto &line : lines) {
            if (!known.contains(line.sku)) {
                plan.problems.append(
                    {line.line, line.sku, u"unknown_sku"_s,
                     Tr::tr("Line %1: there is no product %2.").arg(line.line).arg(line.sku)});
            }
        }
        std::sort(plan.problems.begin(), plan.problems.end(),
                  [](const PriceProblem &a, const PriceProblem &b) { return a.line < b.line; });
    }

    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    for (QJsonObject &product : products) {
        const QString sku = product.value(u"sku"_s).toString();
        const qint64 old = amountOf(product);
        std::optional<qint64> next;
        if (request.percentHundredths)
            next = PriceChange::byPercent(old, *request.percentHundredths);
        else if (request.deltaMinor)
            next = old + *request.deltaMinor;
        else
            next = wanted.value(sku);
        const int line = lineOf.value(sku);
        if (product.value(u"price"_s).toObject().value(u"currency"_s).toString() != m_currency) {
            plan.problems.append({line, sku, u"currency_mismatch"_s,
                                  Tr::tr("Product %1 is not priced in %2.").arg(sku, m_currency)});
            continue;
        }
        if (!next || *next > PriceChange::maxAmountMinor) {
            plan.problems.append({line, sku, u"amount_too_large"_s,
                                  Tr::tr("The new price of %1 would be too large.").arg(sku)});
            continue;
        }
        if (*next < 0) {
            plan.problems.append({line, sku, u"negative_price"_s,
                                  Tr::tr("The new price of %1 would be negative.").arg(sku)});
            continue;
        }
        if (*next == old)
            continue;
        product.insert(u"price"_s, StoreValues::money(*next, m_currency));
        plan.changed.append(product);
        plan.oldPrices.append(old);
        fingerprint.addData(u"%1 %2 %3\n"_s.arg(sku).arg(old).arg(*next).toUtf8());
    }
    plan.token = QString::fromLatin1(fingerprint.result().toHex().left(32));
    return plan;
}

Result<QJsonObject> PriceChangeStore::preview(const PriceChangeRequest &request)
{
    auto planned = plan(request);
    if (!planned)
        return planned.error();
    const Plan &p = planned.value();
    QJsonArray changes;
    for (qsizetype i = 0; i < p.changed.size(); ++i) {
        const QJsonObject &product = p.changed.at(i);
        changes.append(QJsonObject{{u"sku"_s, product.value(u"sku"_s)},
                                   {u"name"_s, product.value(u"name"_s)},
                                   {u"old"_s, StoreValues::money(p.oldPrices.at(i), m_currency)},
                                   {u"new"_s, product.value(u"price"_s)}});
    }
    QJsonArray problems;
    for (const PriceProblem &problem : p.problems)
        problems.append(problem.toJson());
    return QJsonObject{{u"changes"_s, changes},
                       {u"problems"_s, problems},
                       {u"count"_s, changes.size()},
                       {u"token"_s, p.token}};
}

Result<QJsonObject> PriceChangeStore::apply(const Actor &actor, const PriceChangeRequest &request,
                                            const QString &token)
{
    auto planned = plan(request);
    if (!planned)
        return planned.error();
    const Plan &p = planned.value();
    if (!p.problems.isEmpty()) {
        QJsonArray problems;
        for (const PriceProblem &problem : p.problems)
            problems.append(problem.toJson());
        return Error{u"invalid_price_change"_s,
                     Tr::tr("%n line(s) of the price change cannot be applied.", nullptr,
                            int(p.problems.size())),
                     QJsonObject{{u"problems"_s, problems}}};
    }
    if (p.changed.isEmpty())
        return Error{u"no_price_changes"_s, Tr::tr("No price would change."), {}};
    if (p.token != token) {
        return Error{u"preview_outdated"_s,
                     Tr::tr("The catalogue changed since the preview. Preview the change again."),
                     QJsonObject{{u"token"_s, p.token}}};
    }
    for (const QJsonObject &product : p.changed) {
        if (auto ok = m_products.setPrice(actor, product); !ok)
            return ok.error();
    }
    return QJsonObject{{u"applied"_s, p.changed.size()}, {u"token"_s, p.token}};
}

} // namespace shopdesk::storage
