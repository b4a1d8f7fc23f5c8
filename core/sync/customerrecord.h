#pragma once

#include "domain/customer.h"

namespace shopdesk::sync {

// The cache keeps customers as the domain type.
using CustomerRecord = Customer;

} // namespace shopdesk::sync
