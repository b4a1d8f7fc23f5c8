#pragma once

#include "domain/result.h"
#include "storage/actor.h"

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

// The demo shop's reply templates: the answers its agents give most (order received, where
// is my parcel, returns, payment reminder, a first answer), each in all the shop's languages.
class ReplyTemplateDemo
{
public:
    // Writes them in the open write batch as the manager; how many were made.
    static Result<int> fill(storage::ShopStore &store, const storage::Actor &manager);
};

} // namespace shopdesk::server
