#include "trends/reporttablemodel.h"

#include "domain/care/ticket.h"
#include "trends/returnscolumns.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

using Column = ReportTableModel::Column;

// Makes the columns of one report's rows: each column reads one figure of a row.
template<typename Row>
class ColumnMaker
{
public:
    ColumnMaker(QList<Row> rows, QLocale locale, QString currency)
        : m_rows(std::move(rows))
        , m_locale(std::move(locale))
        , m_currency(std::move(currency))
    {}

    Column text(const QString &title, std::function<QString(const Row &)> get) const
    {
        return Column{
            title, [rows = m_rows, get](int r, int) -> QVariant { return get(rows.at(r)); }, false};
    }

    Column count(const QString &title, std::function<qint64(const Row &)> get) const
    {
        return Column{title, [rows = m_rows, get, locale = m_locale](int r, int role) -> QVariant {
                          const qint64 n = get(rows.at(r));
                          if (role == Qt::DisplayRole)
                              return locale.toString(n);
                          return n;
                      }};
    }

    Column money(const QString &title, std::function<std::optional<Money>(const Row &)> get) const
    {
        return Column{title.arg(m_currency),
                      [rows = m_rows, get, locale = m_locale](int r, int role) -> QVariant {
                          const std::optional<Money> value = get(rows.at(r));
                          if (role == ReportTableModel::SortRole)
                              return value ? value->amountMinor() : 0;
                          if (role == ReportTableModel::ExportRole)
                              return ReportTableModel::plainMoney(value);
                          return ReportTableModel::money(value, locale);
                      }};
    }

    Column percent(const QString &title, std::function<std::optional<double>(const Row &)> get,
                   bool signedValue) const
    {
        return Column{
            title,
            [rows = m_rows, get, locale = m_locale, signedValue](int r, int role) -> QVariant {
                const std::optional<double> value = get(rows.at(r));
                if (role == ReportTableModel::SortRole)
                    return value ? *value : -1e300;
                if (role == ReportTableModel::ExportRole)
                    return value ? QString::number(*value) : QString();
                return ReportTableModel::percent(value, locale, signedValue);
            }};
    }

    Column duration(const QString &title,
                    std::function<std::optional<qint64>(const Row &)> get) const
    {
        return Column{title, [rows = m_rows, get](int r, int role) -> QVariant {
                          const std::optional<qint64> value = get(rows.at(r));
                          if (role == ReportTableModel::SortRole ||
                              role == ReportTableModel::ExportRole)
                              return value ? QVariant(*value) : QVariant();
                          return ReportTableModel::duration(value);
                      }};
    }

private:
    QList<Row> m_rows;
    QLocale m_locale;
    QString m_currency;
};

QString dimensionTitle(const QString &dimension)
{
    return dimension == u"category"_s  ? ReportTableModel::tr("Category")
           : dimension == u"channel"_s ? ReportTableModel::tr("Channel")
                                       : ReportTableModel::tr("Product");
}

QList<Column> salesColumns(const reports::SalesReport &report, const QLocale &locale)
{
    using Row = reports::SalesReport::Row;
    const ColumnMaker<Row> make(report.rows, locale, report.header.currency);
    QList<Column> columns{
        make.text(dimensionTitle(report.dimension), [](const Row &row) { return row.label; })};
    if (report.dimension == u"product"_s)
        columns << make.text(ReportTableModel::tr("SKU"), [](const Row &row) { return row.key; });
    columns << make.money(ReportTableModel::tr("Revenue (%1)"),
                          [](const Row &row) { return row.figures.revenue; })
            << make.percent(
                   ReportTableModel::tr("Share"),
                   [](const Row &row) { return row.revenueSharePct; }, false)
            << make.count(ReportTableModel::tr("Units"),
                          [](const Row &row) { return row.figures.units; })
            << make.count(ReportTableModel::tr("Orders"),
                          [](const Row &row) { return row.figures.orders; });
    return columns;
}

QList<Column> growthColumns(const reports::GrowthReport &report, const QLocale &locale)
{
    using Row = reports::GrowthReport::Row;
    const ColumnMaker<Row> make(report.rows, locale, report.header.currency);
    return {make.text(dimensionTitle(report.dimension), [](const Row &row) { return row.label; }),
            make.money(ReportTableModel::tr("Revenue (%1)"),
                       [](const Row &row) { return row.figures.current.revenue; }),
            make.money(ReportTableModel::tr("Previous period (%1)"),
                       [](const Row &row) { return row.figures.previous.revenue; }),
            make.percent(
                ReportTableModel::tr("vs previous"),
                [](const Row &row) { return row.figures.vsPrevious.revenue; }, true),
            make.money(ReportTableModel::tr("A year ago (%1)"),
                       [](const Row &row) { return row.figures.yearAgo.revenue; }),
            make.percent(
                ReportTableModel::tr("vs a year ago"),
                [](const Row &row) { return row.figures.vsYearAgo.revenue; }, true),
            make.count(ReportTableModel::tr("Units"),
                       [](const Row &row) { return row.figures.current.units; }),
            make.percent(
                ReportTableModel::tr("Units vs previous"),
                [](const Row &row) { return row.figures.vsPrevious.units; }, true)};
}

// A mover with the direction it moved in, as the table lists both lists one after the other.
struct MoverRow
{
    QString direction;
    reports::MoversReport::Mover mover;
};

QList<MoverRow> moverRows(const reports::MoversReport &report)
{
    QList<MoverRow> rows;
    for (const auto &mover : report.up)
        rows.append({ReportTableModel::tr("Up"), mover});
    for (const auto &mover : report.down)
        rows.append({ReportTableModel::tr("Down"), mover});
    return rows;
}

QList<Column> moversColumns(const QList<MoverRow> &rows, const reports::MoversReport &report,
                            const QLocale &locale)
{
    using Row = MoverRow;
    const ColumnMaker<Row> make(rows, locale, report.header.currency);
    return {
        make.text(ReportTableModel::tr("Direction"), [](const Row &row) { return row.direction; }),
        make.text(dimensionTitle(report.dimension), [](const Row &row) { return row.mover.label; }),
        make.money(ReportTableModel::tr("Revenue (%1)"),
                   [](const Row &row) { return row.mover.current.revenue; }),
        make.money(ReportTableModel::tr("Previous period (%1)"),
                   [](const Row &row) { return row.mover.previous.revenue; }),
        make.money(ReportTableModel::tr("Change (%1)"),
                   [](const Row &row) { return row.mover.change.revenue; }),
        make.percent(
            ReportTableModel::tr("Change"),
            [](const Row &row) { return row.mover.revenueChangePct; }, true),
        make.count(ReportTableModel::tr("Units change"),
                   [](const Row &row) { return row.mover.change.units; })};
}

QList<Column> stockoutColumns(const reports::StockoutReport &report, const QLocale &locale)
{
    using Row = reports::StockoutReport::Row;
    const ColumnMaker<Row> make(report.rows, locale, report.header.currency);
    const QList<Row> rows = report.rows;
    return {
        make.text(ReportTableModel::tr("Product"), [](const Row &row) { return row.label; }),
        make.text(ReportTableModel::tr("SKU"), [](const Row &row) { return row.key; }),
        make.text(ReportTableModel::tr("Category"), [](const Row &row) { return row.category; }),
        make.count(ReportTableModel::tr("Stock-outs"),
                   [](const Row &row) { return row.stockouts; }),
        make.duration(ReportTableModel::tr("Time out of stock"),
                      [](const Row &row) { return std::optional<qint64>(row.outSeconds); }),
        make.percent(
            ReportTableModel::tr("Share of period"), [](const Row &row) { return row.outSharePct; },
            false),
        Column{ReportTableModel::tr("Out now"),
               [rows](int r, int role) -> QVariant {
                   const bool out = rows.at(r).currentlyOut;
                   if (role == ReportTableModel::SortRole || role == ReportTableModel::ExportRole)
                       return out ? 1 : 0;
                   return out ? ReportTableModel::tr("yes") : ReportTableModel::tr("no");
               }},
        make.count(ReportTableModel::tr("Refused orders"),
                   [](const Row &row) { return row.lostOrders; }),
        make.count(ReportTableModel::tr("Units refused"),
                   [](const Row &row) { return row.lostUnits; }),
        make.money(ReportTableModel::tr("Lost revenue (%1)"),
                   [](const Row &row) { return row.lostRevenue; })};
}

QList<Column> customerColumns(const reports::CustomerReport &report, const QLocale &locale)
{
    using Row = reports::CustomerReport::Figures;
    const ColumnMaker<Row> make(report.series, locale, report.header.currency);
    return {
        make.text(ReportTableModel::tr("Period"), [](const Row &row) { return row.bucket; }),
        make.count(ReportTableModel::tr("Customers"), [](const Row &row) { return row.customers; }),
        make.count(ReportTableModel::tr("Repeat customers"),
                   [](const Row &row) { return row.repeatCustomers; }),
        make.count(ReportTableModel::tr("New customers"),
                   [](const Row &row) { return row.newCustomers; }),
        make.percent(
            ReportTableModel::tr("Repeat rate"), [](const Row &row) { return row.repeatRatePct; },
            false),
        make.count(ReportTableModel::tr("Orders"), [](const Row &row) { return row.orders; }),
        make.count(ReportTableModel::tr("Orders from repeat customers"),
                   [](const Row &row) { return row.ordersFromRepeatCustomers; })};
}

QList<Column> serviceColumns(const reports::ServiceReport &report, const QLocale &locale)
{
    using Row = reports::ServiceReport::Figures;
    const ColumnMaker<Row> make(report.rows, locale, report.header.currency);
    return {
        make.text(ReportTableModel::tr("Agent"), [](const Row &row) { return row.label; }),
        make.count(ReportTableModel::tr("Orders handled"),
                   [](const Row &row) { return row.ordersHandled; }),
        make.count(ReportTableModel::tr("Sales"), [](const Row &row) { return row.salesOrders; }),
        make.money(ReportTableModel::tr("Revenue (%1)"),
                   [](const Row &row) { return row.revenue; }),
        make.count(ReportTableModel::tr("Cancelled or expired"),
                   [](const Row &row) { return row.cancelledOrExpired; }),
        make.count(ReportTableModel::tr("Paid"), [](const Row &row) { return row.paidOrders; }),
        make.duration(ReportTableModel::tr("Median time to payment"),
                      [](const Row &row) { return row.medianSecondsToPayment; }),
        make.duration(ReportTableModel::tr("Average time to payment"),
                      [](const Row &row) { return row.averageSecondsToPayment; })};
}

// "Courier 2, Packing 1": the causes QA found, most frequent first.
QString causesText(const QMap<QString, qint64> &causes, const QLocale &locale)
{
    QList<std::pair<qint64, QString>> found;
    for (care::QaCause cause : care::allQaCauses()) {
        if (const qint64 n = causes.value(care::qaCauseName(cause)); n > 0)
            found.append({n, care::qaCauseText(cause)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[n, text] : found)
        parts << u"%1 %2"_s.arg(text, locale.toString(n));
    return parts.join(u", "_s);
}

QList<Column> careColumns(const reports::CareReport &report, const QLocale &locale)
{
    using Row = reports::CareReport::Figures;
    const ColumnMaker<Row> make(report.rows, locale, report.header.currency);
    const QString title = report.group == u"kind"_s      ? ReportTableModel::tr("Kind")
                          : report.group == u"channel"_s ? ReportTableModel::tr("Channel")
                                                         : ReportTableModel::tr("Agent");
    auto minutes = [](std::optional<qint64> value) {
        return value ? std::optional<qint64>(*value * 60) : std::nullopt;
    };
    return {
        make.text(title, [](const Row &row) { return row.label; }),
        make.count(ReportTableModel::tr("Tickets"), [](const Row &row) { return row.tickets; }),
        make.duration(
            ReportTableModel::tr("First response, median"),
            [minutes](const Row &row) { return minutes(row.firstResponse.medianMinutes); }),
        make.duration(ReportTableModel::tr("First response, 90th percentile"),
                      [minutes](const Row &row) { return minutes(row.firstResponse.p90Minutes); }),
        make.percent(
            ReportTableModel::tr("First response in target"),
            [](const Row &row) { return row.firstResponse.withinTargetPct; }, false),
        make.duration(ReportTableModel::tr("Resolution, median"),
                      [minutes](const Row &row) { return minutes(row.resolution.medianMinutes); }),
        make.duration(ReportTableModel::tr("Resolution, 90th percentile"),
                      [minutes](const Row &row) { return minutes(row.resolution.p90Minutes); }),
        make.percent(
            ReportTableModel::tr("Resolution in target"),
            [](const Row &row) { return row.resolution.withinTargetPct; }, false),
        make.count(ReportTableModel::tr("Breaches"), [](const Row &row) { return row.breaches; }),
        make.count(ReportTableModel::tr("Escalations"),
                   [](const Row &row) { return row.escalations; }),
        make.text(ReportTableModel::tr("QA causes"),
                  [locale](const Row &row) { return causesText(row.qaCauses, locale); })};
}

template<typename Row>
QStringList keysOf(const QList<Row> &rows, std::function<QString(const Row &)> key)
{
    QStringList keys;
    for (const Row &row : rows)
        keys << key(row);
    return keys;
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ReportTableModel::money(const std::optional<Money> &money, const QLocale &locale)
{
    return money ? money->format(locale) : QString();
}

QString ReportTableModel::plainMoney(const std::optional<Money> &money)
{
    // "1234.50": what a spreadsheet reads in any locale.
    if (!money)
        return QString();
    const int decimals = money->currency().decimals();
    const qint64 minor = money->amountMinor();
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const QString sign = minor < 0 ? u"-"_s : QString();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    if (decimals == 0)
        return sign + QString::number(magnitude);
    return sign + QString::number(magnitude / scale) + u'.' +
           u"%1"_s.arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
}

QString ReportTableModel::percent(const std::optional<double> &value, const QLocale &locale,
                                  bool signedValue)
{
    if (!value)
        return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "n/a");
    const double number = *value;
    const QString text = locale.toString(number, 'f', 1) + locale.percent();
    return signedValue && number > 0 ? locale.positiveSign() + text : text;
}

QString ReportTableModel::duration(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "n/a");
    const qint64 s = *seconds;
    if (s < 3600) {
        return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "%1 min").arg(s / 60);
    }
    if (s < 2 * 86400) {
        return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "%1 h %2 min")
            .arg(s / 3600)
            .arg((s % 3600) / 60);
    }
    return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "%1 d %2 h")
        .arg(s / 86400)
        .arg((s % 86400) / 3600);
}

void ReportTableModel::setReport(const reports::ReportResult &result)
{
    beginResetModel();
    m_kind = result.report();
    m_columns.clear();
    m_keys.clear();
    if (m_kind == u"sales"_s) {
        m_columns = salesColumns(result.sales(), m_locale);
        m_keys = keysOf<reports::SalesReport::Row>(result.sales().rows,
                                                   [](const auto &row) { return row.key; });
    } else if (m_kind == u"growth"_s) {
        m_columns = growthColumns(result.growth(), m_locale);
        m_keys = keysOf<reports::GrowthReport::Row>(result.growth().rows,
                                                    [](const auto &row) { return row.key; });
    } else if (m_kind == u"movers"_s) {
        const QList<MoverRow> rows = moverRows(result.movers());
        m_columns = moversColumns(rows, result.movers(), m_locale);
        m_keys = keysOf<MoverRow>(rows, [](const auto &row) { return row.mover.key; });
    } else if (m_kind == u"stockouts"_s) {
        m_columns = stockoutColumns(result.stockouts(), m_locale);
        m_keys = keysOf<reports::StockoutReport::Row>(result.stockouts().rows,
                                                      [](const auto &row) { return row.key; });
    } else if (m_kind == u"customers"_s) {
        m_columns = customerColumns(result.customers(), m_locale);
        // Buckets are not keys: nothing to drill into.
        for (qsizetype i = 0; i < result.customers().series.size(); ++i)
            m_keys << QString();
    } else if (m_kind == u"service"_s) {
        m_columns = serviceColumns(result.service(), m_locale);
        m_keys = keysOf<reports::ServiceReport::Figures>(result.service().rows,
                                                         [](const auto &row) { return row.key; });
    } else if (m_kind == u"care"_s) {
        m_columns = careColumns(result.care(), m_locale);
        m_keys = keysOf<reports::CareReport::Figures>(result.care().rows,
                                                      [](const auto &row) { return row.key; });
    } else if (m_kind == u"returns"_s) {
        m_columns = ReturnsColumns::of(result.returns(), m_locale);
        m_keys = ReturnsColumns::keys(result.returns());
    }
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_kind.clear();
    m_keys.clear();
    m_columns.clear();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size() || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.value(row, Qt::DisplayRole);
    case SortRole: {
        const QVariant value = column.value(row, role);
        return value.isValid() ? value : column.value(row, Qt::DisplayRole);
    }
    case ExportRole: {
        // A figure that does not exist (no payment yet) is an empty cell, not "n/a".
        const QVariant value = column.value(row, role);
        return value.isValid() ? value : QVariant(QString());
    }
    case KeyRole:
        return m_keys.at(row);
    case Qt::TextAlignmentRole:
        return column.numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == ExportRole)
        return m_columns.at(section).title;
    return {};
}

} // namespace shopdesk::ui
