#pragma once

#include "client/syncengine.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTimer;

namespace shopdesk::ui {

// The status bar's account of the connection: live, syncing, reconnecting or offline (with
// the next try), how many changes wait in the outbox, and when the cache was last in step.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(client::SyncEngine *engine, QWidget *parent = nullptr);

    QString connectionText() const;
    QString pendingText() const;
    QString lastSyncText() const;

signals:
    void pendingClicked();

private:
    void refresh();

    client::SyncEngine *m_engine;
    QLabel *m_dot;
    QLabel *m_state;
    QToolButton *m_pending;
    QLabel *m_lastSync;
    QTimer *m_ticker;
};

} // namespace shopdesk::ui
