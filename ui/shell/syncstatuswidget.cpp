#include "shell/syncstatuswidget.h"

#include "client/localcache.h"
#include "client/localcacheoutbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using shopdesk::client::SyncEngine;

namespace shopdesk::ui {

namespace {

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_pending(new QToolButton(this))
    , m_lastSync(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    m_state->setObjectName(u"connectionState"_s);
    m_pending->setObjectName(u"pendingCount"_s);
    m_pending->setAutoRaise(true);
    m_pending->setToolTip(tr("Show the changes waiting for the server"));
    m_lastSync->setObjectName(u"lastSync"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_pending);
    layout->addSpacing(12);
    layout->addWidget(m_lastSync);
    layout->addStretch(1);

    connect(engine, &SyncEngine::stateChanged, this, &SyncStatusWidget::refresh);
    connect(engine, &SyncEngine::lastSyncChanged, this, &SyncStatusWidget::refresh);
    connect(engine->cache(), &client::LocalCache::pendingCountChanged, this,
            &SyncStatusWidget::refresh);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatusWidget::pendingClicked);
    // The countdown to the next try and "last sync" age move on by themselves.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_ticker->start();
    refresh();
}

QString SyncStatusWidget::connectionText() const
{
    return m_state->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncStatusWidget::refresh()
{
    const SyncEngine::State state = m_engine->state();
    QString text = SyncEngine::stateText(state);
    QColor color(0x9e, 0x9e, 0x9e);
    switch (state) {
    case SyncEngine::State::Live:
        color = QColor(0x2e, 0x9d, 0x4f);
        break;
    case SyncEngine::State::Connecting:
    case SyncEngine::State::Syncing:
    case SyncEngine::State::Reconnecting:
        color = QColor(0xe0, 0xa0, 0x1e);
        break;
    case SyncEngine::State::Offline: {
        color = QColor(0xc6, 0x28, 0x28);
        const int ms = m_engine->millisecondsToRetry();
        if (ms >= 0)
            text = tr("Offline — retrying in %1 s").arg((ms + 999) / 1000);
        break;
    }
    case SyncEngine::State::Stopped:
        break;
    }
    m_state->setText(text);
    m_state->setToolTip(m_engine->lastError());
    const int size = m_state->fontMetrics().height() * 2 / 3;
    m_dot->setPixmap(dot(color, size));

    const int pending = m_engine->cache()->outbox()->pendingCount();
    if (pending == 0)
        m_pending->setText(tr("Nothing waiting"));
    else
        m_pending->setText(tr("%Ln change(s) waiting", nullptr, pending));

    const QDateTime last = m_engine->lastSyncAt();
    if (!last.isValid()) {
        m_lastSync->setText(tr("Never synced"));
    } else {
        const QDateTime local = last.toLocalTime();
        const bool today = local.date() == QDate::currentDate();
        m_lastSync->setText(tr("Last sync %1")
                                .arg(today ? local.time().toString(u"HH:mm:ss"_s)
                                           : QLocale().toString(local, QLocale::ShortFormat)));
    }
}

} // namespace shopdesk::ui
