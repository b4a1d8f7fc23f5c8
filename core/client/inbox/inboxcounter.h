#pragma once

#include "client/changerecord.h"
#include "client/inbox/conversationloader.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace shopdesk::client {

// The number of conversations waiting for the shop's answer (open, or snoozed past their
// time, with `waiting_since` set), for the shell's module list. Read once from the server,
// then kept from the change log's `conversation` records alone, and by the clock for snoozes
// that run out.
class InboxCounter : public QObject
{
    Q_OBJECT

public:
    explicit InboxCounter(InboxService *service, QObject *parent = nullptr);

    void reload();
    void applyChanges(const QList<shopdesk::client::ChangeRecord> &records);
    int waiting() const;

signals:
    void waitingChanged(int waiting);

private:
    void recount();
    void note(const inbox::ConversationRecord &conversation);

    ConversationLoader *m_loader;
    // Every conversation not done, by id: whether it waits, and until when it sleeps.
    struct State
    {
        bool waiting = false;
        QDateTime snoozedUntil;
    };
    QHash<qint64, State> m_states;
    int m_waiting = 0;
    QTimer *m_timer;
};

} // namespace shopdesk::client
