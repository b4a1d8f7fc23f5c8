#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace shopdesk::care {

struct CustomerPhone
{
    QString label; // "mobile", "work"; free text
    QString number;

    bool operator==(const CustomerPhone &o) const { return label == o.label && number == o.number; }
};

struct CustomerAddress
{
    QString label;
    QString street;
    QString postcode;
    QString city;
    QString country; // ISO 3166 alpha-2 or empty

    bool operator==(const CustomerAddress &o) const
    {
        return label == o.label && street == o.street && postcode == o.postcode && city == o.city &&
               country == o.country;
    }
    // "Ring 1, 1010 Wien, AT": the parts that are filled in.
    QString oneLine() const;
};

// Everything the Customers screen shows and edits of one customer: the API's Customer object
// with its lists of phones and addresses, consent and notes.
struct CustomerProfile
{
    static constexpr int maxEntries = 10; // phones, addresses
    static constexpr int maxNotes = 10000;

    qint64 id = 0;
    QString name;
    QString email;
    QString language;
    QList<CustomerPhone> phones;
    QList<CustomerAddress> addresses;
    bool marketingConsent = false;
    QDateTime marketingConsentAt; // invalid: never given or withdrawn
    QString notes;
    std::optional<qint64> mergedInto;
    bool erased = false;
    QDateTime createdAt;
    // Mail to `email` came back undelivered then, for this reason; invalid while it works.
    QDateTime emailFailedAt;
    QString emailFailure;

    // A server that predates the lists answers only `phone` and `address`: they become the
    // first entries.
    static Result<CustomerProfile> fromJson(const QJsonObject &object);
    // The editable fields as a PATCH /customers/{id} body.
    QJsonObject toPatch() const;
    // The fields the server refuses in any case: empty name, lengths, counts, e-mail shape.
    Result<void> validate() const;
    // The first phone's number, as the search results show it.
    QString firstPhone() const;
};

} // namespace shopdesk::care

Q_DECLARE_METATYPE(shopdesk::care::CustomerProfile)
