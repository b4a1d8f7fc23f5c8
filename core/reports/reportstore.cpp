#include "reports/reportstore.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

ReportStore::ReportStore(storage::Database &db)
    : m_db(db)
{}

Result<void> ReportStore::recordLostDemand(const LostDemand &lost)
{
    if (lost.requested <= 0) {
        return Result<void>::failure(u"invalid_quantity"_s,
                                     Tr::tr("Lost demand needs a positive quantity."));
    }
    auto price =
        m_db.run(u"SELECT price_minor, currency FROM products WHERE sku = ?"_s, {lost.sku});
    if (!price)
        return price.error();
    if (!price.value().next()) {
        return Result<void>::failure(u"unknown_sku"_s,
                                     Tr::tr("There is no product %1.").arg(lost.sku),
                                     QJsonObject{{u"sku"_s, lost.sku}});
    }
    const qint64 unit = price.value().value(0).toLongLong();
    const QString currency = price.value().value(1).toString();
    const QVariant customer =
        lost.customerId > 0 ? QVariant(lost.customerId) : QVariant(QMetaType(QMetaType::LongLong));
    return m_db.exec(u"INSERT INTO lost_demand (sku, requested, available, unit_price_minor, "
                     "currency, channel, customer_id, user_name, at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {lost.sku, lost.requested, lost.available, unit, currency, lost.channel,
                      customer, lost.userName, lost.at});
}

} // namespace shopdesk::reports
