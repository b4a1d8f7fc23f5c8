#pragma once

#include "domain/result.h"
#include "reports/reportrange.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

namespace shopdesk::reports {

// GET /api/v1/reports/returns: returns and refunds over a range per product, reason or month
// and in total, with the share of units sold that came back, and per month the gross revenue,
// the refunds and the net revenue after them (docs/reports.md). A return counts by when it
// was requested, a refund by when it was issued; rejected and cancelled returns and refunds
// not issued count nowhere.
class ReturnsReportService
{
public:
    ReturnsReportService(storage::Database &db, QString currency);

    static const QStringList &groups();
    // The statuses of the returns and refunds the report counts, and of the orders whose
    // lines are its units sold and gross revenue.
    static const QStringList &countedReturnStatuses();
    static const QStringList &countedRefundStatuses();
    static const QStringList &soldOrderStatuses();

    // header: the fields every report answer starts with. group=product|reason|month
    // (product by default); another value fails with unknown_group.
    Result<QJsonObject> run(QJsonObject header, const ReportRange &range, const QUrlQuery &query);

private:
    enum Kind { Line, Shipping, Goodwill, DoubleCharge, KindCount };

    struct Figures
    {
        QSet<qint64> returns;
        qint64 units = 0;
        qint64 restocked = 0;
        qint64 writtenOff = 0;
        QSet<qint64> refunds;
        qint64 refunded[KindCount] = {};
        qint64 unitsSold = 0;
        qint64 grossRevenue = 0;
    };

    // What one fact adds, and the keys it adds to in each grouping.
    struct Keys
    {
        QString product;
        QString reason;
        QString month;
    };

    class Tally
    {
    public:
        explicit Tally(QString group)
            : m_group(std::move(group))
        {}
        Figures &row(const Keys &keys) { return m_rows[keyOf(keys)]; }
        Figures &month(const QString &month) { return m_months[month]; }
        Figures &totals() { return m_totals; }
        const QMap<QString, Figures> &rows() const { return m_rows; }
        const QMap<QString, Figures> &months() const { return m_months; }
        const Figures &totals() const { return m_totals; }
        QString keyOf(const Keys &keys) const;

    private:
        QString m_group;
        QMap<QString, Figures> m_rows;
        QMap<QString, Figures> m_months;
        Figures m_totals;
    };

    Result<void> readReturns(const ReportRange &range, Tally &tally);
    Result<void> readRefunds(const ReportRange &range, Tally &tally);
    Result<void> readSales(const ReportRange &range, Tally &tally);
    Result<QMap<QString, QString>> productNames(const QStringList &skus);
    Result<QJsonArray> rowsJson(const Tally &tally, const QString &group);
    QJsonObject figuresJson(const Figures &f, bool withRevenue) const;
    QJsonObject money(qint64 minor) const;
    static QString reasonLabel(const QString &key);

    storage::Database &m_db;
    QString m_currency;
};

} // namespace shopdesk::reports
