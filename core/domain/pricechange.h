#pragma once

#include "domain/money.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// Something in a bulk price change that keeps it from being applied: a line of the CSV that
// cannot be read, names an unknown SKU or repeats one, or a price that would end up negative
// or too large. line is the CSV line (1-based; 0 for a change by category).
struct PriceProblem
{
    int line = 0;
    QString sku;
    QString code;
    QString message;

    QJsonObject toJson() const;
};

// The rules of a bulk price change, shared by the server (which applies them) and anyone
// who wants to explain them: how a percentage rounds, and how a price list in CSV reads.
class PriceChange
{
public:
    static constexpr qint64 maxAmountMinor = 9000000000000000LL; // exact in a JSON double

    // old changed by percentHundredths / 100 percent (-1050 is -10.5 %), the new price rounded
    // to a minor unit, halves away from zero; nothing if it would exceed maxAmountMinor.
    static std::optional<qint64> byPercent(qint64 oldMinor, qint64 percentHundredths);

    // One "sku,price" line of a price list, its price read in the shop's currency.
    struct CsvLine
    {
        int line = 0;
        QString sku;
        qint64 priceMinor = 0;
    };
    // Reads "sku,price" lines (an optional "sku,price" header, blank lines ignored; a field
    // may be in double quotes; the price a decimal in the currency, "12.50"). Lines that
    // cannot be read, negative prices and repeated SKUs become problems.
    static QList<CsvLine> readCsv(const QString &csv, const Currency &currency,
                                  QList<PriceProblem> &problems);
};

} // namespace shopdesk
