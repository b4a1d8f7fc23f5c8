#pragma once

#include <QtGlobal>

namespace shopdesk::server::demotime {

// The demo shop's script counts time in milliseconds since the epoch, as the stores do.
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

} // namespace shopdesk::server::demotime
