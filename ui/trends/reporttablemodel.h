#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace shopdesk::ui {

// The table beside a trends chart: the rows of one report answer (sales, growth, movers,
// stockouts, customers, service) with columns chosen for that report. Display text follows
// the locale; SortRole gives numbers for sorting and ExportRole plain values for CSV.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, ExportRole, KeyRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    // kind is the report name; answer its JSON. Unknown kinds give an empty table.
    void setReport(const QString &kind, const QJsonObject &answer);
    void clear();
    QString kind() const { return m_kind; }
    QJsonObject rowObject(int row) const { return m_rows.at(row).toObject(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Formatting shared with the charts and the PDF report.
    static QString money(const QJsonValue &money, const QLocale &locale);
    static QString plainMoney(const QJsonValue &money);
    static QString percent(const QJsonValue &value, const QLocale &locale, bool signedValue);
    static QString duration(const QJsonValue &seconds);

private:
    struct Column
    {
        QString title;
        std::function<QVariant(const QJsonObject &row, int role)> value;
        bool numeric = true;
    };
    QList<Column> columnsFor(const QString &kind, const QJsonObject &answer) const;

    QString m_kind;
    QJsonArray m_rows;
    QList<Column> m_columns;
    QLocale m_locale;
};

} // namespace shopdesk::ui
