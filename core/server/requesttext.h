#pragma once

#include <QString>
#include <QStringView>

namespace shopdesk::server {

// What decoded request text (path segments, query keys and values) may hold. A percent-encoded
// NUL decodes to a character that C string functions, SQL drivers and file names cut at, so
// such text is refused where it enters rather than trusted further in.
class RequestText
{
public:
    // C0 controls, DEL and C1 controls.
    static bool hasControlCharacter(QStringView text);
    // One or more ASCII digits, at most 18 (so it fits a qint64), nothing else.
    static bool isNumber(QStringView text);
    // The text with each control character shown as \xNN, for error messages and logs.
    static QString printable(QStringView text);
};

} // namespace shopdesk::server
