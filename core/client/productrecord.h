#pragma once

#include "domain/product.h"

namespace shopdesk::client {

// The cache keeps products and stock figures as the domain types.
using ProductRecord = Product;
using StockRecord = StockLevel;

} // namespace shopdesk::client
