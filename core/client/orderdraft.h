#pragma once

#include <QList>
#include <QString>

namespace shopdesk::client {

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
    QString notes; // free text for the warehouse and the next agent; up to 10,000 characters
};

} // namespace shopdesk::client
