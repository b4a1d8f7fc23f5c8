#pragma once

#include "domain/customer.h"

namespace shopdesk::client {

// The cache keeps customers as the domain type.
using CustomerRecord = Customer;

} // namespace shopdesk::client
