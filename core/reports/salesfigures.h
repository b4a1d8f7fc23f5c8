#pragma once

#include "domain/result.h"
#include "reports/reportparams.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::reports {

// Revenue, units and orders from the sales summaries, per key of the query's dimension or in
// total, filtered by its category and channel: what the sales, growth and movers reports
// compare.
class SalesFigures
{
public:
    struct Figures
    {
        qint64 units = 0;
        qint64 revenue = 0;
        qint64 orders = 0;
    };

    SalesFigures(storage::Database &db, ReportParams params, QString currency);

    Result<QHash<QString, Figures>> byKey(const ReportRange &range);
    Result<Figures> totals(const ReportRange &range);
    // What the rows show for keys: a product's name, the key itself for other dimensions.
    Result<QHash<QString, QString>> labels(const QStringList &keys);

    QJsonObject json(const Figures &figures) const;
    QJsonObject money(qint64 minor) const;

private:
    Result<QHash<QString, Figures>> aggregate(const QString &key, const QString &table,
                                              const ReportRange &range);

    storage::Database &m_db;
    ReportParams m_params;
    QString m_currency;
};

} // namespace shopdesk::reports
