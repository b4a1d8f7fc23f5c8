#pragma once

#include <QCoreApplication>

namespace shopdesk {

// Translation context for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shopdesk)
};

} // namespace shopdesk
