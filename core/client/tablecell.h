#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace shopdesk::client {

// What one cell of a read-only table shows: numbers right-aligned, times in the user's zone,
// API codes in the user's words. The edit role keeps the plain value (a CSV export writes it).
class TableCell
{
public:
    static TableCell text(const QString &text);
    static TableCell number(qint64 number);
    // A time shown in the user's zone and written as ISO 8601 UTC; empty when invalid.
    static TableCell time(const QDateTime &time);
    // "yes" when set, empty otherwise.
    static TableCell flag(bool set);
    // An API word (`shown` in the user's words; the edit role keeps `code`).
    static TableCell code(const QString &code, const QString &shown);
    static TableCell empty();

    QVariant data(int role) const;

private:
    QVariant m_shown;
    QVariant m_value;
    bool m_number = false;
};

} // namespace shopdesk::client
