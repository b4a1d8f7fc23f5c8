#pragma once

#include <QToolButton>

class QSystemTrayIcon;

namespace shopdesk::client {
class ClientSession;
class EscalationNotices;
struct TicketNotice;
} // namespace shopdesk::client

namespace shopdesk::ui {

class NoticesPanel;

// The shell's notices: a button with the count of unread escalation notices that opens their
// list. A new notice makes the taskbar entry flash (QApplication::alert) and, where the
// desktop has a system tray, shows a tray message. Notices come from the session's change
// log (client::EscalationNotices decides which concern the user).
class NoticesButton : public QToolButton
{
    Q_OBJECT
public:
    NoticesButton(client::ClientSession *session, QWidget *parent = nullptr);

    client::EscalationNotices *notices() const { return m_notices; }
    NoticesPanel *panel() const { return m_panel; }
    // Opens the list below (or above) the button.
    void showPanel();

signals:
    // The user chose a notice (or the tray message): show that ticket.
    void ticketRequested(qint64 ticketId);

private:
    void showCount();
    void announce(const QList<client::TicketNotice> &fresh);

    client::EscalationNotices *m_notices;
    NoticesPanel *m_panel;
    QSystemTrayIcon *m_tray = nullptr; // made at the first notice, where a tray exists
    qint64 m_trayTicket = 0;           // the ticket of the tray's last message
};

} // namespace shopdesk::ui
