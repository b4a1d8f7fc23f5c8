#include "domain/returns/paymentbalance.h"

#include "domain/tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

Result<Money> PaymentBalance::balance() const
{
    auto owed = m_total.minus(m_paid);
    if (!owed)
        return owed;
    return owed->plus(m_refunded);
}

Money PaymentBalance::outstanding() const
{
    return Money(std::max<qint64>(0, m_total.amountMinor() - m_paid.amountMinor()),
                 m_total.currency());
}

Result<Money> PaymentBalance::refundable() const
{
    return m_paid.minus(m_refunded);
}

Money PaymentBalance::surplus(const Money &doubleChargeRefunded) const
{
    const qint64 beyond = m_paid.amountMinor() - m_total.amountMinor();
    return Money(std::max<qint64>(0, beyond - doubleChargeRefunded.amountMinor()),
                 m_total.currency());
}

Result<Money> PaymentBalance::refundAmount(const QList<std::pair<qint64, Money>> &unitsAtPrice,
                                           const Money &shipping, const Money &goodwill)
{
    const auto negative = [] {
        return Result<Money>::failure(u"invalid_amount"_s,
                                      Tr::tr("A refund's parts cannot be negative."));
    };
    if (shipping.isNegative() || goodwill.isNegative())
        return negative();
    Result<Money> sum = shipping.plus(goodwill);
    for (const auto &[units, price] : unitsAtPrice) {
        if (!sum)
            return sum;
        if (units < 0 || price.isNegative())
            return negative();
        auto line = price.times(units);
        if (!line)
            return line;
        sum = sum->plus(line.value());
    }
    return sum;
}

} // namespace shopdesk::returns
