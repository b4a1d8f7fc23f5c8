#pragma once

#include "client/reportresult.h"
#include "domain/money.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopdesk::ui {

// The table beside a trends chart: the rows of one report answer (sales, growth, movers,
// stockouts, customers, service, care, returns) with columns chosen for that report. Display text
// follows the locale; SortRole gives numbers for sorting and ExportRole plain values for CSV.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, ExportRole, KeyRole };

    // One column of a report's table: its title and its cell of a row for a role.
    struct Column
    {
        QString title;
        std::function<QVariant(int row, int role)> value;
        bool numeric = true;
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The columns follow the kind of report; an empty result gives an empty table.
    void setReport(const reports::ReportResult &result);
    void clear();
    QString kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Formatting shared with the charts and the PDF report; an empty value reads "n/a"
    // (percent, duration) or nothing (money).
    static QString money(const std::optional<Money> &money, const QLocale &locale);
    static QString plainMoney(const std::optional<Money> &money);
    static QString percent(const std::optional<double> &value, const QLocale &locale,
                           bool signedValue);
    static QString duration(const std::optional<qint64> &seconds);

private:
    QString m_kind;
    QStringList m_keys; // a row's key (SKU, category, channel, agent), for KeyRole
    QList<Column> m_columns;
    QLocale m_locale;
};

} // namespace shopdesk::ui
