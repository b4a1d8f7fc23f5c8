#include "domain/pricechange.h"

#include "domain/ids.h"
#include "domain/tr.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shopdesk {

QJsonObject PriceProblem::toJson() const
{
    QJsonObject object{{u"code"_s, code}, {u"message"_s, message}, {u"sku"_s, sku}};
    if (line > 0)
        object.insert(u"line"_s, line);
    return object;
}

std::optional<qint64> PriceChange::byPercent(qint64 oldMinor, qint64 percentHundredths)
{
    // old * (10000 + p) / 10000 split so that no product overflows: old = q * 10000 + r.
    const qint64 q = oldMinor / 10000;
    const qint64 r = oldMinor % 10000;
    if (q != 0 && qAbs(percentHundredths) > maxAmountMinor / qAbs(q))
        return std::nullopt;
    const qint64 whole = oldMinor + q * percentHundredths;
    // The rest is part / 10000 of a minor unit (|r| < 10000, |p| small: exact); + 5000 and a
    // floor division round the half up, which is away from zero for the prices of 0 and more
    // that a percentage of -100 or more leaves.
    const qint64 part = r * percentHundredths + 5000;
    const qint64 floored = part / 10000 - (part % 10000 != 0 && part < 0 ? 1 : 0);
    const qint64 result = whole + floored;
    if (result > maxAmountMinor)
        return std::nullopt;
    return result;
}

namespace {

QString unquoted(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).replace(u"\"\""_s, u"\""_s).trimmed();
    return field;
}

} // namespace

QList<PriceChange::CsvLine> PriceChange::readCsv(const QString &csv, const Currency &currency,
                                                 QList<PriceProblem> &problems)
{
    QList<CsvLine> lines;
    QSet<QString> seen;
    const QStringList rows = csv.split(u'\n');
    bool first = true;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int number = int(i + 1);
        QString row = rows.at(i);
        if (row.endsWith(u'\r'))
            row.chop(1);
        if (row.trimmed().isEmpty())
            continue;
        const QStringList fields = row.split(u',');
        if (first) {
            first = false;
            if (fields.size() == 2 && unquoted(fields.at(0)).toLower() == u"sku"_s &&
                unquoted(fields.at(1)).toLower() == u"price"_s)
                continue;
        }
        if (fields.size() != 2) {
            problems.append({number,
                             {},
                             u"invalid_line"_s,
                             Tr::tr("Line %1 is not \"SKU,price\".").arg(number)});
            continue;
        }
        const QString sku = unquoted(fields.at(0)).left(64);
        const QString priceText = unquoted(fields.at(1));
        if (!Sku::isValid(sku)) {
            problems.append({number, sku, u"unknown_sku"_s,
                             Tr::tr("Line %1: \"%2\" is not a SKU.").arg(number).arg(sku)});
            continue;
        }
        if (seen.contains(sku)) {
            problems.append({number, sku, u"duplicate_line"_s,
                             Tr::tr("Line %1 names %2 a second time.").arg(number).arg(sku)});
            continue;
        }
        seen.insert(sku);
        auto price = Money::parse(priceText, currency, QLocale::c());
        if (!price || price->amountMinor() > maxAmountMinor) {
            problems.append({number, sku, u"invalid_price"_s,
                             Tr::tr("Line %1: \"%2\" is not a price in %3.")
                                 .arg(number)
                                 .arg(priceText.left(40), currency.code())});
            continue;
        }
        if (price->amountMinor() < 0) {
            problems.append({number, sku, u"negative_price"_s,
                             Tr::tr("Line %1: a price cannot be negative.").arg(number)});
            continue;
        }
        lines.append({number, sku, price->amountMinor()});
    }
    return lines;
}

} // namespace shopdesk
