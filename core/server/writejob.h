#pragma once

#include "server/httpresponse.h"
#include "storage/shopstore.h"

#include <QPointer>

#include <functional>

namespace shopdesk::server {

// One mutation for the group-commit writer. run() executes on the writer thread inside its
// own savepoint; an answer of 400 or more rolls the savepoint back, so a refused mutation
// changes nothing. done() is called on the thread of context once the batch is durable.
struct WriteJob
{
    std::function<HttpResponse(storage::ShopStore &)> run;
    std::function<void(const HttpResponse &)> done;
    QPointer<QObject> context;
    // Called on the writer thread after a refused run() was rolled back, inside the same
    // savepoint, to record what the refusal itself says (lost demand). False: undo it too.
    std::function<bool(storage::ShopStore &, const HttpResponse &)> refused;

    // Idempotency: with a key, the first answer is stored in the same transaction and
    // returned for any later job of the same user, key and fingerprint.
    qint64 userId = 0;
    QString idempotencyKey;
    QString fingerprint; // method, path and the body as canonical JSON
};

} // namespace shopdesk::server
