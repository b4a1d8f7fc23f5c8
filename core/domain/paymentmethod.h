#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk {

// How a customer pays an order. The JSON names are part of the public API.
enum class PaymentMethod { Card, PayPal, Skrill, BankTransfer, CashOnDelivery };

// Every method, in the order a person is offered them.
QList<PaymentMethod> allPaymentMethods();

// "card", "paypal", "skrill", "bank_transfer", "cash_on_delivery".
QString paymentMethodName(PaymentMethod method);

// Reads a JSON name; anything else is `unknown_payment_method` (a 422 at the API).
Result<PaymentMethod> parsePaymentMethod(const QString &name);

// Online methods are paid through a provider's page, so they get a payment link.
bool isOnlinePaymentMethod(PaymentMethod method);

// The name a customer or agent reads ("PayPal", "Cash on delivery"), translated.
QString paymentMethodDisplayName(PaymentMethod method);

} // namespace shopdesk
