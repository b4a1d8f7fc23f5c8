#pragma once

#include <QObject>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

class GroupCommitWriter;

// Fires the tickets' timed service-level steps (warning, breach, the escalation levels) as
// they fall due: each once, through the writer, so the step, the ticket's new state and its
// change record commit together; a step due while the server was down fires at start.
class TicketClockScheduler : public QObject
{
    Q_OBJECT
public:
    TicketClockScheduler(storage::ShopStore &reader, GroupCommitWriter &writer,
                         QObject *parent = nullptr);

private:
    void fireDue();

    storage::ShopStore &m_reader;
    GroupCommitWriter &m_writer;
    bool m_pending = false;
};

} // namespace shopdesk::server
