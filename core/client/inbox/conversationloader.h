#pragma once

#include "client/inbox/inboxservice.h"
#include "domain/inbox/conversationrecord.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace shopdesk::client {

// Reads a list of conversations from the server, and the snoozed ones beside it where asked,
// while the change log goes on: a conversation record that arrives during the read is kept
// and handed over with the lists, so the reader applies it on top of what it read. A new
// read drops the one still running.
class ConversationLoader : public QObject
{
    Q_OBJECT

public:
    struct Lists
    {
        QList<inbox::ConversationRecord> listed;
        QList<inbox::ConversationRecord> snoozed;
        // Changed while the lists were read; newer than what they hold.
        QList<inbox::ConversationRecord> meanwhile;
    };
    using Done = std::function<void(const Result<Lists> &)>;

    explicit ConversationLoader(InboxService *service, QObject *parent = nullptr);

    void load(const InboxService::Filter &filter,
              const std::optional<InboxService::Filter> &snoozed, Done done);
    bool isLoading() const { return m_loading; }
    // A conversation the change log brought; kept for the end of a read under way.
    void noteChange(const inbox::ConversationRecord &conversation);

private:
    void finish(const Result<Lists> &lists, const Done &done);

    InboxService *m_service;
    QList<inbox::ConversationRecord> m_meanwhile;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace shopdesk::client
