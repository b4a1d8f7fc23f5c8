#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace shopdesk::test {

// Writes a shop straight into a database the way the server leaves it: the shop tables and,
// for every step, a change record whose data has the server's JSON shape. Times are chosen
// by the test, so orders can lie in past quarters.
class FixtureShop
{
public:
    explicit FixtureShop(storage::Database &db);

    struct Line
    {
        QString sku;
        qint64 quantity = 0;
    };

    static QDateTime at(const QString &isoUtc); // "2026-04-02T10:00:00"

    void product(const QString &sku, const QString &name, qint64 priceMinor,
                 const QString &category, const QDateTime &when);
    void customer(qint64 id, const QString &name, const QDateTime &when);
    void order(qint64 id, qint64 customerId, const QString &channel, const QString &agent,
               const QDateTime &when, const QList<Line> &lines,
               const QString &paymentMethod = QStringLiteral("card"));
    void status(qint64 id, const QString &status, const QDateTime &when);
    void stock(const QString &sku, qint64 available, const QDateTime &when);
    void lostDemand(const QString &sku, qint64 requested, qint64 available, const QDateTime &when);

    // The shop of tst_reports_service, with figures computed by hand in its comments.
    void writeStandard();

private:
    void exec(const QString &sql, const QVariantList &values);
    void change(const QString &entity, const QString &id, const QString &op,
                const QJsonObject &data, const QDateTime &when, const QString &user);

    storage::Database &m_db;
    qint64 m_seq = 0;
    QHash<QString, std::pair<QString, qint64>> m_products; // sku -> name, price
    QHash<qint64, QJsonObject> m_orders;
};

} // namespace shopdesk::test
