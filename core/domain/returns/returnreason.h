#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace shopdesk::returns {

// Why the customer sends goods back.
enum class ReturnReason { Damaged, WrongItem, NotAsDescribed, NoLongerWanted, Other };

// Every reason, in the order the client lists them.
QList<ReturnReason> allReturnReasons();

// The API word: "damaged", "wrong_item", "not_as_described", "no_longer_wanted", "other".
QString returnReasonName(ReturnReason reason);

// Reads an API word; anything else fails with unknown_reason.
Result<ReturnReason> parseReturnReason(const QString &name);

// The words staff read, translated.
QString returnReasonText(ReturnReason reason);

} // namespace shopdesk::returns
