#include "mail/gmimehandle.h"

#include <mutex>

namespace shopdesk::mail {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace shopdesk::mail
