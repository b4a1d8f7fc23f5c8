#pragma once

#include "domain/care/ticketrecord.h"

#include <QDateTime>
#include <QString>

namespace shopdesk::client {

// What the queue shows of a ticket's next deadline at one moment: the time left to the
// server's due_at, "paused" while the clocks stand still, and how urgent it looks. Display
// only: the server alone decides when a clock is breached.
struct TicketCountdown
{
    enum class Tone { Calm, Warning, Breached };

    QString text;  // "12 min 05 s", "paused", "breached 3 min ago"; empty: no deadline
    QString clock; // which clock it counts: "First response", "Next update", "Resolution"
    Tone tone = Tone::Calm;
    qint64 secondsLeft = 0; // negative once past due; for sorting

    static TicketCountdown of(const care::TicketRecord &ticket, const QDateTime &now);
    // "2 d 3 h", "1 h 05 min", "12 min 05 s".
    static QString durationText(qint64 seconds);
};

} // namespace shopdesk::client
