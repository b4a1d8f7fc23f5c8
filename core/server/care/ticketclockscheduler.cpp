#include "server/care/ticketclockscheduler.h"

#include "server/groupcommitwriter.h"
#include "server/httpresponse.h"
#include "server/logging.h"
#include "storage/shopstore.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

HttpResponse errorResponse(const Error &error)
{
    return HttpResponse::json(500, QJsonObject{{u"error"_s, error.message}});
}

} // namespace

TicketClockScheduler::TicketClockScheduler(storage::ShopStore &reader, GroupCommitWriter &writer,
                                           QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_writer(writer)
{
    // Steps are due to the minute; half a second keeps each within a second of its time.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TicketClockScheduler::fireDue);
    timer->start(500);
    QTimer::singleShot(0, this, &TicketClockScheduler::fireDue);
}

void TicketClockScheduler::fireDue()
{
    if (m_pending)
        return;
    const qint64 now = storage::StoreClock::nowMsecs();
    // A cheap look first, so an idle server opens no write transactions.
    auto due = m_reader.ticketClocks().dueCount(now);
    if (!due) {
        qCWarning(lcServer).noquote() << "cannot read the tickets' clocks:" << due.error().message;
        return;
    }
    if (due.value() == 0)
        return;
    m_pending = true;
    WriteJob job;
    job.context = this;
    job.run = [now](storage::ShopStore &store) {
        auto fired = store.ticketClocks().fireDue(now);
        if (!fired)
            return errorResponse(fired.error());
        const storage::Actor system{0, u"system"_s, {}};
        QJsonArray tickets;
        for (const qint64 id : fired.value()) {
            if (auto logged = store.tickets().refresh(system, id); !logged)
                return errorResponse(logged.error());
            tickets.append(id);
        }
        return HttpResponse::json(200, QJsonObject{{u"tickets"_s, tickets}});
    };
    job.done = [this](const HttpResponse &response) {
        m_pending = false;
        if (response.status != 200)
            qCWarning(lcServer).noquote() << "ticket clocks:" << response.body;
    };
    m_writer.submit(std::move(job));
}

} // namespace shopdesk::server
