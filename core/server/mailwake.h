#pragma once

#include <atomic>

namespace shopdesk::mail {
class MailDispatcher;
}

namespace shopdesk::server {

// Mail queued inside a write transaction may go out only once that transaction commits:
// the mailers mark it queued on the writer thread, and after each commit the dispatcher is
// woken if anything was.
class MailWake
{
public:
    // The dispatcher to wake (none: mail stays queued).
    void setDispatcher(mail::MailDispatcher *dispatcher) { m_dispatcher = dispatcher; }
    // On the writer thread, after queuing a message in the open transaction.
    void queued() { m_queued = true; }
    // On any thread after a commit: wakes the dispatcher if mail was queued since last time.
    void wakeIfQueued();

private:
    std::atomic<bool> m_queued{false};
    mail::MailDispatcher *m_dispatcher = nullptr;
};

} // namespace shopdesk::server
