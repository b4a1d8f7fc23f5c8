#include "server/returns/moneyfield.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

// Far beyond any real amount, far from qint64's overflow when summed.
constexpr qint64 maxAmountMinor = 1000000000000000LL;

} // namespace

qint64 MoneyField::read(JsonBody &body, const QString &field, bool required,
                        const QString &shopCurrency, qint64 minimum)
{
    const QJsonObject object = body.object(field, required);
    if (!body.ok() || !body.has(field))
        return 0;
    JsonBody money(object);
    money.allowOnly({u"amount_minor"_s, u"currency"_s});
    const qint64 amount =
        money.integer(u"amount_minor"_s, true, minimum, maxAmountMinor, u"invalid_amount"_s);
    const QString currency = money.string(u"currency"_s, true, 10, false);
    if (money.ok() && currency != shopCurrency) {
        money.setError(422, u"currency_mismatch"_s,
                       Tr::tr("The shop takes %1, not %2.").arg(shopCurrency, currency),
                       u"currency"_s);
    }
    if (!money.ok()) {
        const Error &e = money.error();
        body.setError(422, e.code, e.message,
                      field + u'.' + e.details.value(u"field"_s).toString());
        return 0;
    }
    return amount;
}

} // namespace shopdesk::server
