#pragma once

#include <QString>

namespace shopdesk::storage {

// One kind of event on a customer's timeline, read by one query. `select` returns, in this
// order: at (msecs), n (the event's number, unique within its kind), user_name, order_id,
// ticket_id, status, text, subject, total_minor, currency, detail — NULL where the kind has
// none — for the customer given as its `customerParams` ? values. `detailKey` names the
// detail in the item ("channel", "mail_kind", ...). A source whose `table` does not exist
// yet (a module's later migration) is skipped.
struct TimelineSource
{
    QString kind;
    QString table;
    QString select;
    int customerParams = 1;
    QString detailKey;
};

} // namespace shopdesk::storage
