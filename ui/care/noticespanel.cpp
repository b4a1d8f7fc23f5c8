#include "care/noticespanel.h"

#include "client/care/escalationnotices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

NoticesPanel::NoticesPanel(client::EscalationNotices *notices, QWidget *parent)
    : QFrame(parent)
    , m_notices(notices)
    , m_empty(new QLabel(tr("No notices in this session."), this))
    , m_list(new QListWidget(this))
    , m_markAll(new QPushButton(tr("Mark all &read"), this))
{
    setObjectName(u"noticesPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    m_empty->setObjectName(u"noticesEmpty"_s);
    m_list->setObjectName(u"noticesList"_s);
    m_list->setAccessibleName(tr("Notices"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumSize(420, 160);
    m_markAll->setObjectName(u"noticesMarkAllRead"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    // A click (or Enter) opens the ticket. Some styles report a click as both; and the list
    // is written anew once the notice is read, so the row is taken after the click's signals.
    const auto later = [this](QListWidgetItem *item) {
        if (m_pendingRow >= 0)
            return;
        m_pendingRow = m_list->row(item);
        QTimer::singleShot(0, this, [this] {
            const int row = std::exchange(m_pendingRow, -1);
            activate(row);
        });
    };
    connect(m_list, &QListWidget::itemActivated, this, later);
    connect(m_list, &QListWidget::itemClicked, this, later);
    connect(m_markAll, &QPushButton::clicked, m_notices, &client::EscalationNotices::markAllRead);
    connect(m_notices, &client::EscalationNotices::changed, this, &NoticesPanel::fill);
    fill();
}

void NoticesPanel::activate(int row)
{
    if (row < 0 || row >= m_notices->notices().size())
        return;
    const qint64 ticketId = m_notices->notices().at(row).ticketId;
    m_notices->markRead(row);
    emit ticketRequested(ticketId);
}

void NoticesPanel::fill()
{
    // A session's notices are a handful: the list is written anew when one comes or is read.
    const int current = m_list->currentRow();
    m_list->clear();
    for (const client::TicketNotice &notice : m_notices->notices()) {
        const QString when = QLocale().toString(notice.at.toLocalTime(), QLocale::ShortFormat);
        auto *item =
            new QListWidgetItem(tr("%1 · %2\n%3 · %4")
                                    .arg(notice.number, notice.subject,
                                         client::EscalationNotices::describe(notice.kind), when),
                                m_list);
        item->setData(Qt::UserRole, notice.ticketId);
        QFont font = item->font();
        font.setBold(!notice.read);
        item->setFont(font);
    }
    m_list->setCurrentRow(std::min(current, m_list->count() - 1));
    m_empty->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    m_markAll->setEnabled(m_notices->unreadCount() > 0);
}

} // namespace shopdesk::ui
