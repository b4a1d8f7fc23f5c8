#pragma once

#include "scratchstore.h"
#include "storage/database.h"
#include "storage/shopstore.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace shopdesk::test {

// A migrated scratch store of the backend the test runs for, with the shop's stores over
// one connection, and the writes a test needs as one-liners.
class StoreFixture
{
public:
    StoreFixture();
    ~StoreFixture();

    // Why the store cannot be had here; empty when it is open.
    const QString &unavailableReason() const { return m_unavailable; }

    storage::ShopStore &store() { return *m_store; }
    storage::Database &database() { return *m_db; }
    // The user the fixture's writes act for.
    static storage::Actor admin();

    // Runs fn in one write batch, committed when it succeeds and rolled back otherwise.
    Result<QJsonObject> write(const std::function<Result<QJsonObject>(storage::ShopStore &)> &fn);

    // A product with `receipt` units received at main (none when 0).
    Result<QJsonObject> addProduct(const QString &sku, qint64 receipt = 0, qint64 priceMinor = 500);
    Result<qint64> addCustomer(const QString &name);
    Result<QJsonObject> addOrder(qint64 customerId, const QList<std::pair<QString, qint64>> &lines,
                                 const QString &paymentMethod = QStringLiteral("card"));

private:
    ScratchStore m_scratch;
    QString m_unavailable;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ShopStore> m_store;
};

} // namespace shopdesk::test

// Skips the test when the backend cannot be had, unless the run requires PostgreSQL
// (SHOPDESK_REQUIRE_POSTGRES=1): then it fails.
#define SHOPDESK_REQUIRE_STORE(fixture)                                                            \
    do {                                                                                           \
        const QString reason_ = (fixture).unavailableReason();                                     \
        if (!reason_.isEmpty()) {                                                                  \
            if (qEnvironmentVariableIsSet("SHOPDESK_REQUIRE_POSTGRES"))                            \
                QFAIL(qPrintable(reason_));                                                        \
            QSKIP(qPrintable(reason_));                                                            \
        }                                                                                          \
    } while (false)
