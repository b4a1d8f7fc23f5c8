#include "server/returns/paymentreminderscheduler.h"

#include "server/groupcommitwriter.h"
#include "server/httpresponse.h"
#include "server/logging.h"
#include "server/ordermailer.h"
#include "storage/returns/paymentreminders.h"
#include "storage/shopstore.h"
#include "storage/storeclock.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr int batchSize = 100; // the rest follows on the next tick

HttpResponse errorResponse(const Error &error)
{
    return HttpResponse::json(500, QJsonObject{{u"error"_s, error.message}});
}

} // namespace

PaymentReminderScheduler::PaymentReminderScheduler(storage::ShopStore &reader,
                                                   GroupCommitWriter &writer, OrderMailer &mailer,
                                                   int leadSeconds, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_writer(writer)
    , m_mailer(mailer)
    , m_leadMs(qint64(leadSeconds) * 1000)
{
    // Each reminder leaves within about a second of its time.
    connect(&m_timer, &QTimer::timeout, this, &PaymentReminderScheduler::sendDue);
    m_timer.start(500);
    QTimer::singleShot(0, this, &PaymentReminderScheduler::sendDue);
}

void PaymentReminderScheduler::sendDue()
{
    if (m_pending)
        return;
    const qint64 now = storage::StoreClock::nowMsecs();
    const qint64 lead = m_leadMs;
    // A cheap look first, so an idle server opens no write transactions.
    auto due = storage::PaymentReminders(m_reader.database()).dueCount(now, lead);
    if (!due) {
        qCWarning(lcServer).noquote()
            << "cannot look for payment reminders:" << due.error().message;
        return;
    }
    if (due.value() == 0)
        return;
    m_pending = true;
    WriteJob job;
    job.context = this;
    job.run = [now, lead, mailer = &m_mailer](storage::ShopStore &store) {
        storage::PaymentReminders reminders(store.database());
        auto orders = reminders.due(now, lead, batchSize);
        if (!orders)
            return errorResponse(orders.error());
        QJsonArray reminded;
        for (const qint64 id : orders.value()) {
            auto claimed = reminders.claim(id, now);
            if (!claimed)
                return errorResponse(claimed.error());
            if (!claimed.value())
                continue;
            auto mail = mailer->queuePaymentReminder(store, id);
            if (!mail)
                return errorResponse(mail.error());
            if (mail.value() > 0) {
                if (auto ok = reminders.setMail(id, mail.value()); !ok)
                    return errorResponse(ok.error());
                reminded.append(id);
            }
        }
        return HttpResponse::json(200, QJsonObject{{u"reminded"_s, reminded}});
    };
    job.done = [this](const HttpResponse &response) {
        m_pending = false;
        if (response.status != 200)
            qCWarning(lcServer).noquote() << "payment reminders:" << response.body;
    };
    m_writer.submit(std::move(job));
}

} // namespace shopdesk::server
