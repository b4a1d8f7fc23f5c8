#pragma once

#include "domain/money.h"
#include "domain/returns/refund.h"

#include <QList>

#include <optional>

namespace shopdesk::client {

// An order's refunds as the server lists them, with the shop's approval limit: a refund of
// more waits for a manager's approval (absent when the server does not say).
struct OrderRefunds
{
    QList<returns::Refund> refunds;
    std::optional<Money> approvalLimit;
};

} // namespace shopdesk::client
