#include "server/mailwake.h"

#include "mail/maildispatcher.h"

namespace shopdesk::server {

void MailWake::wakeIfQueued()
{
    if (m_queued.exchange(false) && m_dispatcher)
        m_dispatcher->wake();
}

} // namespace shopdesk::server
