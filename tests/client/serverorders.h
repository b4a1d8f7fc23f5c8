#pragma once

#include "testhttp.h"

#include <QHash>
#include <QString>

namespace shopdesk::test {

// How many of the server's orders carry each note (every page of GET /orders), for drills
// that check each queued order arrived exactly once; empty with ok false when a page failed.
QHash<QString, int> ordersByNote(TestHttp &client, bool *ok);
// GET /stock/{sku}'s field ("on_hand", "reserved", "available"); -1 when it cannot be read.
qint64 stockOf(TestHttp &client, const QString &sku, const QString &field);

} // namespace shopdesk::test
