#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace shopdesk::server {

// Audit entries as CSV (RFC 4180): a header row, every cell quoted where it must be, CRLF
// line ends. A cell a spreadsheet would read as a formula (= + - @ first) gets a leading
// apostrophe, so an exported name can never run as one.
class AuditCsv
{
public:
    static QByteArray header();
    static QByteArray rows(const QJsonArray &entries);
    static QString cell(const QString &text);
};

} // namespace shopdesk::server
