#include "sync/movementtext.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

QStringList MovementText::kinds()
{
    return {u"receipt"_s, u"sale"_s, u"return"_s, u"removal"_s, u"adjustment"_s, u"transfer"_s};
}

QString MovementText::kind(const QString &kind)
{
    if (kind == u"receipt"_s)
        return Tr::tr("Receipt");
    if (kind == u"sale"_s)
        return Tr::tr("Sale");
    if (kind == u"return"_s)
        return Tr::tr("Return");
    if (kind == u"removal"_s)
        return Tr::tr("Removal");
    if (kind == u"adjustment"_s)
        return Tr::tr("Adjustment");
    if (kind == u"transfer"_s)
        return Tr::tr("Transfer");
    return kind;
}

} // namespace shopdesk::sync
