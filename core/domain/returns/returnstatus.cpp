#include "domain/returns/returnstatus.h"

#include "domain/tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

QList<ReturnStatus> allReturnStatuses()
{
    return {ReturnStatus::Requested, ReturnStatus::Approved, ReturnStatus::Rejected,
            ReturnStatus::Received, ReturnStatus::Cancelled};
}

QString returnStatusName(ReturnStatus status)
{
    switch (status) {
    case ReturnStatus::Requested:
        return u"requested"_s;
    case ReturnStatus::Approved:
        return u"approved"_s;
    case ReturnStatus::Rejected:
        return u"rejected"_s;
    case ReturnStatus::Received:
        return u"received"_s;
    case ReturnStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

Result<ReturnStatus> parseReturnStatus(const QString &name)
{
    for (ReturnStatus status : allReturnStatuses()) {
        if (returnStatusName(status) == name)
            return status;
    }
    return Result<ReturnStatus>::failure(u"unknown_status"_s,
                                         Tr::tr("\"%1\" is not a return status.").arg(name),
                                         QJsonObject{{u"status"_s, name}});
}

QString returnStatusText(ReturnStatus status)
{
    switch (status) {
    case ReturnStatus::Requested:
        return Tr::tr("Requested");
    case ReturnStatus::Approved:
        return Tr::tr("Approved");
    case ReturnStatus::Rejected:
        return Tr::tr("Rejected");
    case ReturnStatus::Received:
        return Tr::tr("Received");
    case ReturnStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

bool returnAllows(ReturnStatus status, ReturnAction action)
{
    switch (action) {
    case ReturnAction::Approve:
    case ReturnAction::Reject:
        return status == ReturnStatus::Requested;
    case ReturnAction::Receive:
        return status == ReturnStatus::Approved;
    case ReturnAction::Cancel:
        return status == ReturnStatus::Requested || status == ReturnStatus::Approved;
    case ReturnAction::Exchange:
        return status == ReturnStatus::Approved || status == ReturnStatus::Received;
    }
    return false;
}

bool returnClaimsUnits(ReturnStatus status)
{
    return status == ReturnStatus::Requested || status == ReturnStatus::Approved ||
           status == ReturnStatus::Received;
}

} // namespace shopdesk::returns
