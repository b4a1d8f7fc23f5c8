#pragma once

#include "client/care/followupdraft.h"
#include "client/care/ticketdraft.h"
#include "client/jsoncalls.h"
#include "domain/care/followuprecord.h"
#include "domain/care/ticketrecord.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// The tickets' and follow-ups' calls to the server (docs/api.md, "Customers & Care"). Each
// action carries its own Idempotency-Key, reused only when the same request is sent again
// after getting no answer. Answers come as domain types; a refusal comes as the server's
// Error (code, message, details) for the screen to word.
class TicketService : public QObject
{
    Q_OBJECT
public:
    using TicketDone = std::function<void(const Result<care::TicketRecord> &)>;
    using TicketsDone = std::function<void(const Result<QList<care::TicketRecord>> &)>;
    using FollowUpDone = std::function<void(const Result<care::FollowUpRecord> &)>;
    using FollowUpsDone = std::function<void(const Result<QList<care::FollowUpRecord>> &)>;

    // What quality assurance does with an escalated ticket once it recorded the cause.
    enum class QaOutcome { Resolve, HandBack };

    explicit TicketService(ApiClient *api, QObject *parent = nullptr);

    // Every ticket of a queue ("open", "mine", "unassigned", "qa"), newest first, all pages.
    void list(const QString &queue, TicketsDone done);
    // One ticket with its messages and history.
    void ticket(qint64 id, TicketDone done);
    void open(const TicketDraft &draft, TicketDone done);
    void addMessage(qint64 id, care::TicketMessageKind kind, const QString &text, TicketDone done);
    void changeStatus(qint64 id, care::TicketStatus status, TicketDone done);
    // 409 already_taken (details.assignee) when someone else has it.
    void take(qint64 id, TicketDone done);
    void escalate(qint64 id, const QString &reason, TicketDone done);
    void recordQa(qint64 id, care::QaCause cause, const QString &action, QaOutcome outcome,
                  TicketDone done);

    // Follow-ups in a state ("open", "due": open and due now, "done") of one assignee.
    void followUps(const QString &state, const QString &assignee, FollowUpsDone done);
    void scheduleFollowUp(const FollowUpDraft &draft, FollowUpDone done);
    void completeFollowUp(qint64 id, const QString &outcome, FollowUpDone done);

    static QJsonObject bodyOf(const TicketDraft &draft);
    static QJsonObject bodyOf(const FollowUpDraft &draft);

private:
    JsonCalls m_calls;
};

} // namespace shopdesk::client
