#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QList>

#include <utility>

namespace shopdesk::returns {

// What an order's payments and refunds add up to. Refunds count once requested (pending or
// issued), so two refunds can never together promise back more than was paid.
class PaymentBalance
{
public:
    PaymentBalance(Money total, Money paid, Money refunded)
        : m_total(std::move(total))
        , m_paid(std::move(paid))
        , m_refunded(std::move(refunded))
    {}

    const Money &total() const { return m_total; }
    const Money &paid() const { return m_paid; }
    const Money &refunded() const { return m_refunded; }

    // total − paid + refunded: what the customer still owes; negative is owed back.
    Result<Money> balance() const;
    // The payments cover the total.
    bool covered() const { return m_paid.amountMinor() >= m_total.amountMinor(); }
    // What remains to pay (never below zero).
    Money outstanding() const;
    // What may still be refunded: paid − refunded.
    Result<Money> refundable() const;
    // Paid beyond the total and not yet refunded as a double charge.
    Money surplus(const Money &doubleChargeRefunded) const;

    // Lines (units × unit price) + shipping + goodwill, or `amount_out_of_range` on overflow and
    // `currency_mismatch` on mixed currencies. Every part must be zero or more.
    static Result<Money> refundAmount(const QList<std::pair<qint64, Money>> &unitsAtPrice,
                                      const Money &shipping, const Money &goodwill);

private:
    Money m_total;
    Money m_paid;
    Money m_refunded;
};

} // namespace shopdesk::returns
