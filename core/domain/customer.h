#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shopdesk {

// A customer as the API's Customer object and the client's cache carry it.
struct Customer
{
    struct Phone
    {
        QString label; // "mobile", "work", ... or empty
        QString number;
    };
    struct Address
    {
        QString label;
        QString street;
        QString postcode;
        QString city;
        QString country; // ISO 3166 alpha-2, or empty

        // "Street, postcode city, country": what the API's one-line `address` shows.
        QString oneLine() const;
    };

    qint64 id = 0;
    QString name;
    QString email;
    QString phone;    // the first phone's number
    QString address;  // the first address on one line
    QString language; // BCP 47; empty where the server does not say
    // Initialised here, so that code listing only the older fields in braces stays complete.
    QList<Phone> phones{};
    QList<Address> addresses{};
    bool marketingConsent = false;
    QDateTime marketingConsentAt{}; // when consent last changed; invalid if never
    QString notes{};
    qint64 mergedInto = 0; // the customer this duplicate was merged into; 0 if none
    bool erased = false;
    // When mail to `email` last came back undelivered, and the report's reason; invalid and
    // empty while the address works. Changing the address clears both.
    QDateTime emailFailedAt{};
    QString emailFailure{};

    bool emailFailing() const { return emailFailedAt.isValid(); }

    // `id` (positive) and `name` are required; absent optional fields read as empty, so
    // objects from servers before phones and addresses still read.
    static Result<Customer> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace shopdesk

Q_DECLARE_METATYPE(shopdesk::Customer)
