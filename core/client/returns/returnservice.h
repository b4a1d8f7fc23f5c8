#pragma once

#include "client/jsoncalls.h"
#include "client/returns/returndraft.h"
#include "domain/result.h"
#include "domain/returns/returnrecord.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// The returns' calls to the server (docs/api.md, "Returns"). Each action carries its own
// Idempotency-Key, reused only when the same request is sent again after getting no answer.
// Answers come as domain types; a refusal comes as the server's Error for the screen to word.
class ReturnService : public QObject
{
    Q_OBJECT
public:
    using ReturnDone = std::function<void(const Result<returns::ReturnRecord> &)>;
    using ReturnsDone = std::function<void(const Result<QList<returns::ReturnRecord>> &)>;

    explicit ReturnService(ApiClient *api, QObject *parent = nullptr);

    // Every return in a status (empty: all), newest first, all pages.
    void list(const QString &status, ReturnsDone done);
    void returnById(qint64 id, ReturnDone done);
    void ofOrder(qint64 orderId, ReturnsDone done);
    // The returns started from a ticket, newest first.
    void ofTicket(qint64 ticketId, ReturnsDone done);
    void start(const ReturnDraft &draft, ReturnDone done);
    void approve(qint64 id, ReturnDone done);
    void reject(qint64 id, const QString &reason, ReturnDone done);
    void receive(qint64 id, const QList<ReceiptDraftLine> &lines, ReturnDone done);
    // A replacement order paid by the return: the return's own lines when replacements is
    // empty, else those SKUs (another size or variant at the same price). The return answers
    // with its exchangeOrderId set.
    void exchange(qint64 id, const QList<ReturnDraft::Line> &replacements, ReturnDone done);

    static QJsonObject bodyOf(const ReturnDraft &draft);

private:
    void collect(const QUrlQuery &query, const QString &after, QList<returns::ReturnRecord> found,
                 ReturnsDone done);

    JsonCalls m_calls;
};

} // namespace shopdesk::client
