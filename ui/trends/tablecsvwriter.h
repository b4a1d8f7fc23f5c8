#pragma once

#include "domain/result.h"

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace shopdesk::ui {

// Writes any table model as CSV (RFC 4180: comma separated, CRLF line ends, fields with
// commas, quotes or line breaks quoted). Uses a model's export role where it has one, so
// numbers and money stay plain ("1234.50") instead of locale-formatted.
class TableCsvWriter
{
public:
    static Result<void> write(const QAbstractItemModel &model, QIODevice &device,
                              int exportRole = -1);
    static Result<void> writeFile(const QAbstractItemModel &model, const QString &path,
                                  int exportRole = -1);
    static QString field(const QString &text);
};

} // namespace shopdesk::ui
