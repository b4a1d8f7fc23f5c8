#include "trends/returnscolumns.h"

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

using Column = ReportTableModel::Column;
using Figures = reports::ReturnsReport::Figures;

Column textColumn(const QString &title, const QList<Figures> &rows,
                  std::function<QString(const Figures &)> get)
{
    return Column{title, [rows, get](int r, int) -> QVariant { return get(rows.at(r)); }, false};
}

Column countColumn(const QString &title, const QList<Figures> &rows, const QLocale &locale,
                   std::function<qint64(const Figures &)> get)
{
    return Column{title, [rows, get, locale](int r, int role) -> QVariant {
                      const qint64 n = get(rows.at(r));
                      if (role == Qt::DisplayRole)
                          return locale.toString(n);
                      return n;
                  }};
}

Column moneyColumn(const QString &title, const QList<Figures> &rows, const QLocale &locale,
                   std::function<std::optional<Money>(const Figures &)> get)
{
    return Column{title, [rows, get, locale](int r, int role) -> QVariant {
                      const std::optional<Money> value = get(rows.at(r));
                      if (role == ReportTableModel::SortRole)
                          return value ? value->amountMinor() : 0;
                      if (role == ReportTableModel::ExportRole)
                          return ReportTableModel::plainMoney(value);
                      return ReportTableModel::money(value, locale);
                  }};
}

Column percentColumn(const QString &title, const QList<Figures> &rows, const QLocale &locale)
{
    return Column{title, [rows, locale](int r, int role) -> QVariant {
                      const std::optional<double> value = rows.at(r).returnedSharePct;
                      if (role == ReportTableModel::SortRole)
                          return value ? *value : -1e300;
                      if (role == ReportTableModel::ExportRole)
                          return value ? QString::number(*value) : QString();
                      return ReportTableModel::percent(value, locale, false);
                  }};
}

} // namespace

QList<ReportTableModel::Column> ReturnsColumns::of(const reports::ReturnsReport &report,
                                                   const QLocale &locale)
{
    const QList<Figures> &rows = report.rows;
    const QString currency = report.header.currency;
    QList<Column> columns;
    if (report.group == u"product"_s) {
        columns << textColumn(tr("Product"), rows, [](const Figures &f) { return f.label; })
                << textColumn(tr("SKU"), rows, [](const Figures &f) { return f.key; });
    } else if (report.group == u"reason"_s) {
        columns << textColumn(tr("Reason"), rows, [](const Figures &f) { return f.label; });
    } else {
        columns << textColumn(tr("Month"), rows, [](const Figures &f) { return f.label; });
    }
    columns << countColumn(tr("Returns"), rows, locale, [](const Figures &f) { return f.returns; })
            << countColumn(tr("Units returned"), rows, locale,
                           [](const Figures &f) { return f.unitsReturned; })
            << countColumn(tr("Restocked"), rows, locale,
                           [](const Figures &f) { return f.unitsRestocked; })
            << countColumn(tr("Written off"), rows, locale,
                           [](const Figures &f) { return f.unitsWrittenOff; })
            << countColumn(tr("Refunds"), rows, locale, [](const Figures &f) { return f.refunds; })
            << moneyColumn(tr("Refunded (%1)").arg(currency), rows, locale,
                           [](const Figures &f) { return f.refunded; })
            << moneyColumn(tr("Lines (%1)").arg(currency), rows, locale,
                           [](const Figures &f) { return f.refundedLines; })
            << moneyColumn(tr("Shipping (%1)").arg(currency), rows, locale,
                           [](const Figures &f) { return f.refundedShipping; })
            << moneyColumn(tr("Goodwill (%1)").arg(currency), rows, locale,
                           [](const Figures &f) { return f.refundedGoodwill; })
            << moneyColumn(tr("Double charges (%1)").arg(currency), rows, locale,
                           [](const Figures &f) { return f.refundedDoubleCharges; })
            << countColumn(tr("Units sold"), rows, locale,
                           [](const Figures &f) { return f.unitsSold; })
            << percentColumn(tr("Share returned"), rows, locale);
    if (report.group == u"month"_s) {
        columns << moneyColumn(tr("Gross revenue (%1)").arg(currency), rows, locale,
                               [](const Figures &f) { return f.grossRevenue; })
                << moneyColumn(tr("Net revenue (%1)").arg(currency), rows, locale,
                               [](const Figures &f) { return f.netRevenue; });
    }
    return columns;
}

QStringList ReturnsColumns::keys(const reports::ReturnsReport &report)
{
    QStringList keys;
    for (const Figures &f : report.rows)
        keys << f.key;
    return keys;
}

} // namespace shopdesk::ui
