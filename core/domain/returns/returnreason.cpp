#include "domain/returns/returnreason.h"

#include "domain/tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

QList<ReturnReason> allReturnReasons()
{
    return {ReturnReason::Damaged, ReturnReason::WrongItem, ReturnReason::NotAsDescribed,
            ReturnReason::NoLongerWanted, ReturnReason::Other};
}

QString returnReasonName(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::Damaged:
        return u"damaged"_s;
    case ReturnReason::WrongItem:
        return u"wrong_item"_s;
    case ReturnReason::NotAsDescribed:
        return u"not_as_described"_s;
    case ReturnReason::NoLongerWanted:
        return u"no_longer_wanted"_s;
    case ReturnReason::Other:
        return u"other"_s;
    }
    return {};
}

Result<ReturnReason> parseReturnReason(const QString &name)
{
    for (ReturnReason reason : allReturnReasons()) {
        if (returnReasonName(reason) == name)
            return reason;
    }
    return Result<ReturnReason>::failure(u"unknown_reason"_s,
                                         Tr::tr("\"%1\" is not a return reason.").arg(name),
                                         QJsonObject{{u"reason"_s, name}});
}

QString returnReasonText(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::Damaged:
        return Tr::tr("Damaged");
    case ReturnReason::WrongItem:
        return Tr::tr("Wrong item");
    case ReturnReason::NotAsDescribed:
        return Tr::tr("Not as described");
    case ReturnReason::NoLongerWanted:
        return Tr::tr("No longer wanted");
    case ReturnReason::Other:
        return Tr::tr("Other");
    }
    return {};
}

} // namespace shopdesk::returns
