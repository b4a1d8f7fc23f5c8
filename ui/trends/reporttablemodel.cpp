#include "trends/reporttablemodel.h"

#include "domain/money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

qint64 minorOf(const QJsonValue &money)
{
    return money.toObject().value(u"amount_minor"_s).toInteger();
}

QJsonValue at(const QJsonObject &row, const QString &path)
{
    QJsonValue value = row;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ReportTableModel::money(const QJsonValue &value, const QLocale &locale)
{
    auto money = Money::fromJson(value);
    if (!money)
        return QString();
    return money->format(locale);
}

QString ReportTableModel::plainMoney(const QJsonValue &value)
{
    // "1234.50": what a spreadsheet reads in any locale.
    auto money = Money::fromJson(value);
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

QString ReportTableModel::percent(const QJsonValue &value, const QLocale &locale, bool signedValue)
{
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "n/a");
    const double number = value.toDouble();
    const QString text = locale.toString(number, 'f', 1) + locale.percent();
    return signedValue && number > 0 ? locale.positiveSign() + text : text;
}

QString ReportTableModel::duration(const QJsonValue &seconds)
{
    if (seconds.isNull() || seconds.isUndefined())
        return QCoreApplication::translate("shopdesk::ui::ReportTableModel", "n/a");
    const qint64 s = seconds.toInteger();
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

QList<ReportTableModel::Column> ReportTableModel::columnsFor(const QString &kind,
                                                             const QJsonObject &answer) const
{
    const QLocale locale = m_locale;
    const QString currency = answer.value(u"currency"_s).toString();
    auto text = [](const QString &title, const QString &path) {
        return Column{
            title,
            [path](const QJsonObject &row, int) -> QVariant { return at(row, path).toString(); },
            false};
    };
    auto count = [locale](const QString &title, const QString &path) {
        return Column{title, [path, locale](const QJsonObject &row, int role) -> QVariant {
                          const qint64 n = at(row, path).toInteger();
                          if (role == Qt::DisplayRole)
                              return locale.toString(n);
                          return n;
                      }};
    };
    auto moneyColumn = [locale, currency](const QString &title, const QString &path) {
        return Column{title.arg(currency),
                      [path, locale](const QJsonObject &row, int role) -> QVariant {
                          const QJsonValue value = at(row, path);
                          if (role == SortRole)
                              return minorOf(value);
                          if (role == ExportRole)
                              return plainMoney(value);
                          return money(value, locale);
                      }};
    };
    auto percentColumn = [locale](const QString &title, const QString &path, bool signedValue) {
        return Column{title,
                      [path, locale, signedValue](const QJsonObject &row, int role) -> QVariant {
                          const QJsonValue value = at(row, path);
                          if (role == SortRole)
                              return value.isNull() ? -1e300 : value.toDouble();
                          if (role == ExportRole)
                              return value.isNull() ? QString() : QString::number(value.toDouble());
                          return percent(value, locale, signedValue);
                      }};
    };
    auto durationColumn = [](const QString &title, const QString &path) {
        return Column{title, [path](const QJsonObject &row, int role) -> QVariant {
                          const QJsonValue value = at(row, path);
                          if (role == SortRole || role == ExportRole)
                              return value.isNull() ? QVariant() : QVariant(value.toInteger());
                          return duration(value);
                      }};
    };

    const QString dimension = answer.value(u"dimension"_s).toString();
    const QString name = dimension == u"category"_s  ? tr("Category")
                         : dimension == u"channel"_s ? tr("Channel")
                                                     : tr("Product");
    QList<Column> columns;
    if (kind == u"sales"_s) {
        columns << text(name, u"label"_s);
        if (dimension == u"product"_s)
            columns << text(tr("SKU"), u"key"_s);
        columns << moneyColumn(tr("Revenue (%1)"), u"revenue"_s)
                << percentColumn(tr("Share"), u"revenue_share_pct"_s, false)
                << count(tr("Units"), u"units"_s) << count(tr("Orders"), u"orders"_s);
    } else if (kind == u"growth"_s) {
        columns << text(name, u"label"_s) << moneyColumn(tr("Revenue (%1)"), u"current.revenue"_s)
                << moneyColumn(tr("Previous period (%1)"), u"previous.revenue"_s)
                << percentColumn(tr("vs previous"), u"vs_previous_pct.revenue"_s, true)
                << moneyColumn(tr("A year ago (%1)"), u"year_ago.revenue"_s)
                << percentColumn(tr("vs a year ago"), u"vs_year_ago_pct.revenue"_s, true)
                << count(tr("Units"), u"current.units"_s)
                << percentColumn(tr("Units vs previous"), u"vs_previous_pct.units"_s, true);
    } else if (kind == u"movers"_s) {
        columns << text(tr("Direction"), u"direction"_s) << text(name, u"label"_s)
                << moneyColumn(tr("Revenue (%1)"), u"current.revenue"_s)
                << moneyColumn(tr("Previous period (%1)"), u"previous.revenue"_s)
                << moneyColumn(tr("Change (%1)"), u"change.revenue"_s)
                << percentColumn(tr("Change"), u"revenue_change_pct"_s, true)
                << count(tr("Units change"), u"change.units"_s);
    } else if (kind == u"stockouts"_s) {
        columns << text(tr("Product"), u"label"_s) << text(tr("SKU"), u"key"_s)
                << text(tr("Category"), u"category"_s) << count(tr("Stock-outs"), u"stockouts"_s)
                << durationColumn(tr("Time out of stock"), u"out_seconds"_s)
                << percentColumn(tr("Share of period"), u"out_share_pct"_s, false)
                << Column{tr("Out now"),
                          [](const QJsonObject &row, int role) -> QVariant {
                              const bool out = row.value(u"currently_out"_s).toBool();
                              if (role == SortRole || role == ExportRole)
                                  return out ? 1 : 0;
                              return out ? tr("yes") : tr("no");
                          }}
                << count(tr("Refused orders"), u"lost_orders"_s)
                << count(tr("Units refused"), u"lost_units"_s)
                << moneyColumn(tr("Lost revenue (%1)"), u"lost_revenue"_s);
    } else if (kind == u"customers"_s) {
        columns << text(tr("Period"), u"bucket"_s) << count(tr("Customers"), u"customers"_s)
                << count(tr("Repeat customers"), u"repeat_customers"_s)
                << count(tr("New customers"), u"new_customers"_s)
                << percentColumn(tr("Repeat rate"), u"repeat_rate_pct"_s, false)
                << count(tr("Orders"), u"orders"_s)
                << count(tr("Orders from repeat customers"), u"orders_from_repeat_customers"_s);
    } else if (kind == u"service"_s) {
        columns << text(tr("Agent"), u"label"_s) << count(tr("Orders handled"), u"orders_handled"_s)
                << count(tr("Sales"), u"sales_orders"_s)
                << moneyColumn(tr("Revenue (%1)"), u"revenue"_s)
                << count(tr("Cancelled or expired"), u"cancelled_or_expired"_s)
                << count(tr("Paid"), u"paid_orders"_s)
                << durationColumn(tr("Median time to payment"), u"median_seconds_to_payment"_s)
                << durationColumn(tr("Average time to payment"), u"average_seconds_to_payment"_s);
    }
    return columns;
}

void ReportTableModel::setReport(const QString &kind, const QJsonObject &answer)
{
    beginResetModel();
    m_kind = kind;
    m_columns = columnsFor(kind, answer);
    if (kind == u"movers"_s) {
        QJsonArray rows;
        for (const QString &list : {u"up"_s, u"down"_s}) {
            for (const QJsonValue &value : answer.value(list).toArray()) {
                QJsonObject row = value.toObject();
                row.insert(u"direction"_s, list == u"up"_s ? tr("Up") : tr("Down"));
                rows.append(row);
            }
        }
        m_rows = rows;
    } else if (kind == u"customers"_s) {
        m_rows = answer.value(u"series"_s).toArray();
    } else {
        m_rows = answer.value(u"rows"_s).toArray();
    }
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_kind.clear();
    m_rows = QJsonArray();
    m_columns.clear();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    const QJsonObject row = m_rows.at(index.row()).toObject();
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
        return row.value(u"key"_s).toString();
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
