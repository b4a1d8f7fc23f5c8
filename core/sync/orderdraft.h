#pragma once

#include <QList>
#include <QString>

namespace shopdesk::sync {

// An order as the user entered it, before the server has reserved anything.
struct OrderDraft
{
    struct Line
    {
        QString sku;
        qint64 quantity = 0;
    };

    qint64 customerId = 0;
    QString channel;       // chat, email, phone, web
    QString paymentMethod; // card, paypal, skrill, bank_transfer, cash_on_delivery
    QList<Line> lines;
};

} // namespace shopdesk::sync
