#include "client/care/ticketcountdown.h"

#include "domain/tr.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

QString clockName(const care::TicketRecord &ticket, const care::ClockState *clock)
{
    if (clock == &ticket.firstResponse)
        return Tr::tr("First response");
    if (clock == &ticket.nextUpdate)
        return Tr::tr("Next update");
    return Tr::tr("Resolution");
}

} // namespace

QString TicketCountdown::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const auto two = [](qint64 n) { return u"%1"_s.arg(n, 2, 10, QLatin1Char('0')); };
    if (seconds >= 86400)
        return Tr::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    if (seconds >= 3600)
        return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg(two(seconds % 3600 / 60));
    return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(two(seconds % 60));
}

TicketCountdown TicketCountdown::of(const care::TicketRecord &ticket, const QDateTime &now)
{
    TicketCountdown countdown;
    countdown.secondsLeft = std::numeric_limits<qint64>::max();
    const care::ClockState *clock = ticket.nextDueClock();
    if (!clock)
        return countdown;
    countdown.clock = clockName(ticket, clock);
    if (clock->isPaused()) {
        countdown.text = Tr::tr("paused");
        return countdown;
    }
    const qint64 left = now.secsTo(clock->dueAt);
    countdown.secondsLeft = left;
    if (clock->breached) {
        countdown.tone = Tone::Breached;
        countdown.text =
            left < 0 ? Tr::tr("breached %1 ago").arg(durationText(-left)) : Tr::tr("breached");
    } else if (left <= 0) {
        // Past the deadline, the server's breach not yet here: no time left to show.
        countdown.tone = Tone::Breached;
        countdown.text = Tr::tr("due now");
    } else {
        countdown.text = durationText(left);
        if (clock->warnAt.isValid() && now >= clock->warnAt)
            countdown.tone = Tone::Warning;
    }
    return countdown;
}

} // namespace shopdesk::client
