#pragma once

#include "serverprocess.h"
#include "testhttp.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace shopdesk::test {

// A started server with one signed-in user per role and helpers to put products, stock and
// customers in place through the API, for tests that need a small shop to work on.
class ShopFixture
{
public:
    static const QStringList &roles(); // agent, warehouse, manager, admin, shop
    static QString passwordFor(const QString &role) { return role + QStringLiteral("-password-1"); }

    explicit ShopFixture(const QUrl &baseUrl);

    // Signs in as admin and creates and signs in a user named after each role.
    // False (with why()) if anything failed.
    bool setUp();
    QString why() const { return m_why; }

    // A client signed in with the given role (the admin for "admin").
    TestHttp &as(const QString &role);
    QString token(const QString &role) const { return m_tokens.value(role); }

    // Creates a product priced in EUR and receives units into "main"; false on failure.
    bool addProduct(const QString &sku, qint64 priceMinor, qint64 units);
    qint64 addCustomer(const QString &name);
    // GET /stock/{sku}: on_hand, reserved, available (-1 each when missing).
    qint64 available(const QString &sku);
    qint64 onHand(const QString &sku);
    qint64 reserved(const QString &sku);
    // The newest change log seq.
    qint64 lastSeq();

    static QJsonObject orderBody(qint64 customerId, const QList<QPair<QString, int>> &lines,
                                 const QString &payment = QStringLiteral("card"));

private:
    QUrl m_baseUrl;
    QString m_why;
    QHash<QString, QString> m_tokens;
    QHash<QString, std::shared_ptr<TestHttp>> m_clients;
};

} // namespace shopdesk::test
