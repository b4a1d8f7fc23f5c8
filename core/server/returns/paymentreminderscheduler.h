#pragma once

#include <QObject>
#include <QTimer>

namespace shopdesk::storage {
class ShopStore;
}

namespace shopdesk::server {

class GroupCommitWriter;
class OrderMailer;

// Sends the payment reminder of each unpaid order whose reservation ends within the lead
// time: through the writer, so the reminder's record (storage::PaymentReminders) and its
// mail commit together and an order is reminded once, also across restarts and servers.
// A reminder due while the server was down goes out at start if the order is still held.
class PaymentReminderScheduler : public QObject
{
    Q_OBJECT
public:
    // leadSeconds > 0.
    PaymentReminderScheduler(storage::ShopStore &reader, GroupCommitWriter &writer,
                             OrderMailer &mailer, int leadSeconds, QObject *parent = nullptr);

private:
    void sendDue();

    storage::ShopStore &m_reader;
    GroupCommitWriter &m_writer;
    OrderMailer &m_mailer;
    qint64 m_leadMs;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace shopdesk::server
