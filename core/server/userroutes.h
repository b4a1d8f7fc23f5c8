#pragma once

#include "server/route.h"
#include "storage/userstore.h"

#include <QList>

class QThreadPool;

namespace shopdesk::server {

class Authenticator;
class ChangeFeed;

// The users and their roles (admins only): list, create, change role, disable or enable,
// and set a password the user must change at the next sign-in.
class UserRoutes
{
public:
    UserRoutes(storage::ShopStore &reader, Authenticator &authenticator, ChangeFeed &feed,
               QThreadPool &hashing, QObject *context)
        : m_reader(reader)
        , m_authenticator(authenticator)
        , m_feed(feed)
        , m_hashing(hashing)
        , m_context(context)
    {}

    QList<Route> routes();

private:
    void createUser(const CallPtr &call);
    void listUsers(const CallPtr &call);
    void updateUser(const CallPtr &call);
    void resetPassword(const CallPtr &call);
    // The new password's hash, made off the event loop, then handed to next.
    void hashThen(const CallPtr &call, const QString &password,
                  std::function<void(const QString &hash)> next);
    // Submits a change of the user; the sessions it ends are cut on this server once it is
    // durable (other servers sharing the database notice within the token cache's time).
    using Mutation = std::function<Result<QJsonObject>(storage::ShopStore &, QStringList *ended)>;
    void submitChange(const CallPtr &call, qint64 userId, Mutation mutation,
                      const QString &fingerprint);

    storage::ShopStore &m_reader;
    Authenticator &m_authenticator;
    ChangeFeed &m_feed;
    QThreadPool &m_hashing;
    QObject *m_context;
};

} // namespace shopdesk::server
