#pragma once

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace shopdesk::client {
class EscalationNotices;
}

namespace shopdesk::ui {

// The list of escalation notices, newest first: ticket number, subject, what happened and
// when, unread ones in bold. Activating one marks it read and asks for its ticket.
class NoticesPanel : public QFrame
{
    Q_OBJECT
public:
    NoticesPanel(client::EscalationNotices *notices, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *markAllReadButton() const { return m_markAll; }

    // Activates the notice in that row, as a click does.
    void activate(int row);

signals:
    void ticketRequested(qint64 ticketId);

private:
    void fill();

    client::EscalationNotices *m_notices;
    QLabel *m_empty;
    QListWidget *m_list;
    QPushButton *m_markAll;
    int m_pendingRow = -1; // a click's row, activated once its signals are through
};

} // namespace shopdesk::ui
