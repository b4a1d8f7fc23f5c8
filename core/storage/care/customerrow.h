#pragma once

#include "storage/sqlrows.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace shopdesk::storage {

// A customers row as the API's Customer object, both ways: the columns to select and how a
// row reads, and how a changed Customer object is written back. `phone` and `address` stay
// the first phone's number and the first address on one line, so older clients keep working.
class CustomerRow
{
public:
    // The selected columns, each prefixed by alias ("c.") when given.
    static QString columns(const QString &alias = {});
    static int columnCount();
    // The customer from the row's columns starting at first.
    static QJsonObject read(const SqlRows &row, int first = 0);

    // current changed by the fields of a valid PATCH (or the fields of a new customer on an
    // empty current): phones and addresses kept in step with phone and address, and
    // marketing_consent_at set to now when the consent changes.
    static QJsonObject patched(const QJsonObject &current, const QJsonObject &fields, qint64 now);
    // "name = ?, email = ?, ...": the writable columns, for UPDATE; values() in that order.
    static QString assignments();
    static QStringList writableColumns();
    static QVariantList values(const QJsonObject &customer);

    // Phone numbers are compared by their digits and a leading +, so "+49 30 1234-5" and
    // "+4930 12345" are the same number.
    static QString phoneDigits(const QString &phone);
    // SQL that strips the usual separators from a text column, as phoneDigits() does.
    static QString phoneDigitsSql(const QString &column);
};

} // namespace shopdesk::storage
