#pragma once

#include <QString>
#include <QStringList>

namespace shopdesk::sync {

// The words the client shows for an order's API values (status, channel), translated.
class OrderText
{
public:
    static QStringList statuses(); // server statuses plus "queued" and "refused"
    static QString status(const QString &status);
    static QStringList channels(); // chat, email, phone, web
    static QString channel(const QString &channel);
    static QString paymentMethod(const QString &method);
    // Without the brands, for narrow columns: "Card", "Skrill".
    static QString paymentMethodShort(const QString &method);
};

} // namespace shopdesk::sync
