#pragma once

#include "client/customerrecord.h"
#include "domain/care/customermatch.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>

namespace shopdesk::client {

class ApiClient;
class LocalCache;

// What an agent types to create a customer while taking an order.
struct CustomerDraft
{
    QString name;
    QString email;
    QString phone;
    QString address;
    QString language; // BCP 47 ("de"): the language of customer mail; empty: the server's default

    bool operator==(const CustomerDraft &o) const
    {
        return name == o.name && email == o.email && phone == o.phone && address == o.address &&
               language == o.language;
    }
};

// Finding and creating customers for order intake. Searches answer from the local cache at
// once and from the server when it can be reached; creating first looks for a customer with
// the same e-mail or phone, so an agent is offered the existing record instead of a second one.
class CustomerDirectory : public QObject
{
    Q_OBJECT
public:
    CustomerDirectory(LocalCache *cache, ApiClient *api, QObject *parent = nullptr);

    QList<CustomerRecord> searchLocal(const QString &text, int limit = 50) const;
    // The cache's answer as search rows (without city or last order, which only the server
    // knows).
    QList<care::CustomerMatch> matchesLocal(const QString &text, int limit = 50) const;
    // Asks the server as well; answers with searchFinished(text, results): the server's rows
    // when it answers (it leaves out merged and erased customers), else the cache's.
    void search(const QString &text);
    // Drops the answer of a search still running (the agent has picked already).
    void cancelSearch() { ++m_searchGeneration; }

    // A name, a readable e-mail, lengths within the API's limits.
    static Result<void> validate(const CustomerDraft &draft);
    // Same e-mail (any case) or same phone digits.
    static bool isLikelyDuplicate(const CustomerRecord &existing, const CustomerDraft &draft);
    static QString phoneDigits(const QString &phone);

    // Looks for likely duplicates in the cache, then posts; the server refuses a likely
    // duplicate too (409 likely_duplicate). Either way duplicatesFound() and nothing is
    // created, unless force. Otherwise created() or createFailed().
    void create(const CustomerDraft &draft, bool force = false);

signals:
    void searchFinished(const QString &text, const QList<shopdesk::care::CustomerMatch> &found);
    void duplicatesFound(const QList<shopdesk::client::CustomerRecord> &existing);
    void created(const shopdesk::client::CustomerRecord &customer);
    void createFailed(const QString &reason);

private:
    // allowDuplicate: the agent saw the likely duplicate and wants a second record anyway.
    void post(const CustomerDraft &draft, bool allowDuplicate);
    static void mergeInto(QList<CustomerRecord> *into, const QList<CustomerRecord> &more);

    LocalCache *m_cache;
    ApiClient *m_api;
    quint64 m_searchGeneration = 0;
    // One Idempotency-Key per draft until the server answers, so a retry creates nothing twice.
    QList<std::pair<std::pair<CustomerDraft, bool>, QString>> m_keys;
};

} // namespace shopdesk::client
