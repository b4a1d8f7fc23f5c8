#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace shopdesk::storage {

// A new ticket as the routes checked it: words already known (kind, channel, priority), the
// customer, order and lines still to be checked against the store.
struct TicketInput
{
    QString kind;
    QString channel;
    QString priority = QStringLiteral("normal");
    QString subject;
    QString text; // the customer's message as received; may be empty
    qint64 customerId = 0;
    qint64 orderId = 0;                      // 0: none
    QList<std::pair<QString, qint64>> lines; // sku, quantity
    QString assignee;                        // empty: nobody yet
};

} // namespace shopdesk::storage
