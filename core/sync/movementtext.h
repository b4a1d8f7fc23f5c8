#pragma once

#include <QString>
#include <QStringList>

namespace shopdesk::sync {

// The words the client shows for a stock movement's kind (API values), translated.
class MovementText
{
public:
    static QStringList kinds(); // receipt, sale, return, removal, adjustment, transfer
    static QString kind(const QString &kind);
};

} // namespace shopdesk::sync
