#include "domain/paymentmethod.h"

#include "domain/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk {

QList<PaymentMethod> allPaymentMethods()
{
    return {PaymentMethod::Card, PaymentMethod::PayPal, PaymentMethod::Skrill,
            PaymentMethod::BankTransfer, PaymentMethod::CashOnDelivery};
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return u"card"_s;
    case PaymentMethod::PayPal:
        return u"paypal"_s;
    case PaymentMethod::Skrill:
        return u"skrill"_s;
    case PaymentMethod::BankTransfer:
        return u"bank_transfer"_s;
    case PaymentMethod::CashOnDelivery:
        return u"cash_on_delivery"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Result<PaymentMethod> parsePaymentMethod(const QString &name)
{
    const auto methods = allPaymentMethods();
    for (PaymentMethod method : methods) {
        if (paymentMethodName(method) == name)
            return method;
    }
    QJsonArray allowed;
    for (PaymentMethod method : methods)
        allowed.append(paymentMethodName(method));
    return Result<PaymentMethod>::failure(
        u"unknown_payment_method"_s,
        Tr::tr("\"%1\" is not a payment method; use card, paypal, skrill, bank_transfer or "
               "cash_on_delivery.")
            .arg(name.left(40)),
        QJsonObject{{u"payment_method"_s, name.left(40)}, {u"allowed"_s, allowed}});
}

bool isOnlinePaymentMethod(PaymentMethod method)
{
    return method == PaymentMethod::Card || method == PaymentMethod::PayPal ||
           method == PaymentMethod::Skrill;
}

QString paymentMethodDisplayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return Tr::tr("Card (Visa, Mastercard)");
    case PaymentMethod::PayPal:
        return Tr::tr("PayPal");
    case PaymentMethod::Skrill:
        return Tr::tr("Skrill (Moneybookers)");
    case PaymentMethod::BankTransfer:
        return Tr::tr("Bank transfer");
    case PaymentMethod::CashOnDelivery:
        return Tr::tr("Cash on delivery");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace shopdesk
