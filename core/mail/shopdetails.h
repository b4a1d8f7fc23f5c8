#pragma once

#include "mail/mailaddress.h"

#include <QString>

namespace shopdesk::mail {

// What a customer mail says about the shop that sends it.
struct ShopDetails
{
    QString name;
    // Postal address, one line per line.
    QString address;
    // The sender; its address must be one the relay may send for.
    MailAddress from;
    // Where the customer's reply goes (customer care); the sender when empty.
    MailAddress replyTo;
    QString phone;
    // Account details for bank transfers (IBAN, BIC, holder), one line per line.
    QString bankDetails;
};

} // namespace shopdesk::mail
