#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk::returns {

// Where a return stands: requested by staff for the customer, approved (the customer has the
// instructions), rejected, received by the warehouse (its units are in the ledger), or
// cancelled.
enum class ReturnStatus { Requested, Approved, Rejected, Received, Cancelled };

// What can happen to a return.
enum class ReturnAction { Approve, Reject, Receive, Cancel, Exchange };

QList<ReturnStatus> allReturnStatuses();

// The API word: "requested", "approved", "rejected", "received", "cancelled".
QString returnStatusName(ReturnStatus status);

// Reads an API word; anything else fails with unknown_status.
Result<ReturnStatus> parseReturnStatus(const QString &name);

// The words staff read, translated.
QString returnStatusText(ReturnStatus status);

// The one rule of what a return in `status` allows, asked by the server before it writes and
// by the client before it offers the action: requested → approved | rejected | cancelled,
// approved → received | cancelled; an exchange is made for an approved or received return.
bool returnAllows(ReturnStatus status, ReturnAction action);

// Requested, approved and received returns hold their units against the order: no other
// return may claim them.
bool returnClaimsUnits(ReturnStatus status);

} // namespace shopdesk::returns
