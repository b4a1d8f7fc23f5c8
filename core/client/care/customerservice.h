#pragma once

#include "client/retrykeys.h"
#include "domain/care/customerprofile.h"
#include "domain/care/customersummary.h"
#include "domain/care/timelineentry.h"

#include <QJsonObject>
#include <QObject>

namespace shopdesk::client {

class ApiClient;
class LocalCache;
struct ApiReply;

// The Customers screen's calls to the server: a customer's profile, figures and timeline,
// saving the profile, notes, merging a duplicate, exporting and erasing. Each goes straight
// to the server (the screen needs its answer); a mutation keeps the Idempotency-Key made when
// the user acted until the server answers, so pressing again after a timeout does it once.
// It also tells the screen when the change log brings a new state of a customer.
class CustomerService : public QObject
{
    Q_OBJECT
public:
    enum class Action { Load, Save, Summary, Timeline, AddNote, Merge, Export, Erase };
    Q_ENUM(Action)

    CustomerService(ApiClient *api, LocalCache *cache, QObject *parent = nullptr);

    void load(qint64 customerId);
    // Checks what the server would refuse in any case, then sends PATCH /customers/{id}.
    void save(const care::CustomerProfile &profile);
    void loadSummary(qint64 customerId);
    // The newest `limit` entries, or those older than `before` (the cursor of the last page).
    void loadTimeline(qint64 customerId, const QString &before = {}, int limit = 50);
    void addNote(qint64 customerId, const QString &text);
    // The duplicate's orders, notes and contact details move to the survivor.
    void merge(qint64 survivorId, qint64 duplicateId);
    // format: "json" or "csv".
    void exportData(qint64 customerId, const QString &format);
    void erase(qint64 customerId);

signals:
    void profileLoaded(const shopdesk::care::CustomerProfile &profile);
    void saved(const shopdesk::care::CustomerProfile &profile);
    void summaryLoaded(const shopdesk::care::CustomerSummary &summary);
    // before: what was asked for (empty: the newest page); next: the cursor of the page after,
    // empty on the last page.
    void timelineLoaded(qint64 customerId, const QString &before,
                        const QList<shopdesk::care::TimelineEntry> &entries, const QString &next);
    void noteAdded(qint64 customerId);
    void merged(qint64 survivorId, qint64 duplicateId);
    void exported(qint64 customerId, const QByteArray &data, const QString &fileName);
    void erased(qint64 customerId);
    void failed(shopdesk::client::CustomerService::Action action, qint64 customerId,
                const QString &reason);
    // The change log brought a new state of this customer.
    void customerChanged(qint64 customerId);
    // ... or a new state of one of this customer's orders (figures and timeline move).
    void customerOrdersChanged(qint64 customerId);

private:
    using Done = std::function<void(const ApiReply &)>;
    void mutate(Action action, qint64 customerId, const QByteArray &method, const QString &path,
                const QJsonObject &body, Done done);
    // The words for a failed call; false when there is none (the call succeeded).
    bool reportFailure(Action action, qint64 customerId, const ApiReply &reply);

    ApiClient *m_api;
    RetryKeys m_keys;
};

} // namespace shopdesk::client
