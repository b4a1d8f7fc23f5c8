#include "care/noticesbutton.h"

#include "care/noticespanel.h"
#include "common/themecolors.h"

#include "client/care/escalationnotices.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

NoticesButton::NoticesButton(client::ClientSession *session, QWidget *parent)
    : QToolButton(parent)
    , m_notices(new client::EscalationNotices(session->info().username, session->info().role,
                                              QDateTime::currentDateTimeUtc(), this))
    , m_panel(new NoticesPanel(m_notices, this))
{
    setObjectName(u"noticesButton"_s);
    setIcon(QIcon::fromTheme(u"dialog-warning"_s, QIcon(u":/icons/tickets.svg"_s)));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setToolTip(tr("Escalations of tickets that concern you: a breach of your ticket, a ticket "
                  "joining the QA queue, the managers' notice"));
    m_panel->setWindowFlags(Qt::Popup);
    m_panel->hide();

    connect(this, &QToolButton::clicked, this, &NoticesButton::showPanel);
    connect(session->cache()->changes(), &client::LocalCacheChanges::recordsApplied, m_notices,
            &client::EscalationNotices::applyChanges);
    connect(m_notices, &client::EscalationNotices::changed, this, &NoticesButton::showCount);
    connect(m_notices, &client::EscalationNotices::raised, this, &NoticesButton::announce);
    connect(m_panel, &NoticesPanel::ticketRequested, this, [this](qint64 ticketId) {
        m_panel->hide();
        emit ticketRequested(ticketId);
    });
    showCount();
}

void NoticesButton::showPanel()
{
    m_panel->adjustSize();
    const QSize size = m_panel->sizeHint().expandedTo(m_panel->minimumSizeHint());
    // The button sits in the status bar: the list opens above it, inside the screen.
    QPoint at = mapToGlobal(QPoint(width() - size.width(), -size.height()));
    if (const QScreen *where = screen()) {
        const QRect area = where->availableGeometry();
        at.setX(
            std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
        at.setY(
            std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    }
    m_panel->move(at);
    m_panel->show();
    m_panel->raise();
}

void NoticesButton::showCount()
{
    const int unread = m_notices->unreadCount();
    setText(unread > 0 ? tr("Notices (%1)").arg(unread) : tr("Notices"));
    setAccessibleName(text());
    // Only the button itself: the list it owns keeps its own colours.
    setStyleSheet(unread > 0 ? u"QToolButton#noticesButton { %1 font-weight: bold; }"_s.arg(
                                   toneTextStyleSheet(Tone::Warning, basePalette(this)))
                             : QString());
}

void NoticesButton::announce(const QList<client::TicketNotice> &fresh)
{
    if (fresh.isEmpty())
        return;
    // The taskbar entry flashes until the window is looked at.
    QApplication::alert(window());
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        const QIcon icon = QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon.isNull() ? QIcon(u":/icons/shopdesk.svg"_s) : icon, this);
        m_tray->setToolTip(tr("Shopdesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            window()->showNormal();
            window()->activateWindow();
            if (m_trayTicket > 0)
                emit ticketRequested(m_trayTicket);
        });
        m_tray->show();
    }
    const client::TicketNotice &newest = fresh.first();
    m_trayTicket = newest.ticketId;
    m_tray->showMessage(
        tr("Ticket %1: %2").arg(newest.number, client::EscalationNotices::describe(newest.kind)),
        fresh.size() > 1 ? tr("%1 and %2 more").arg(newest.subject).arg(fresh.size() - 1)
                         : newest.subject,
        QSystemTrayIcon::Warning);
}

} // namespace shopdesk::ui
