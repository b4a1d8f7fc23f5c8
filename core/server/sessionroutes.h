#pragma once

#include "server/clientaddress.h"
#include "server/loginlimiter.h"
#include "server/route.h"
#include "server/serveroptions.h"

#include <QHostAddress>
#include <QList>

class QThreadPool;

namespace shopdesk::server {

class Authenticator;
class ChangeFeed;

// GET /health, and the session: sign in (POST), who am I (GET), sign out (DELETE), and the
// user's own new password (POST session/password).
class SessionRoutes
{
public:
    SessionRoutes(const ServerOptions &options, storage::ShopStore &reader,
                  Authenticator &authenticator, ChangeFeed &feed, QThreadPool &hashing,
                  QObject *context);

    QList<Route> routes();

private:
    void health(const CallPtr &call);
    void login(const CallPtr &call);
    // A failed sign-in: 401, and the failure recorded for the limiter.
    void refuse(const CallPtr &call, const QString &username, const QString &address);
    void startSession(const CallPtr &call, const storage::UserStore::UserRecord &record);
    void changePassword(const CallPtr &call);
    void logout(const CallPtr &call);
    void whoAmI(const CallPtr &call);

    const ServerOptions &m_options;
    storage::ShopStore &m_reader;
    Authenticator &m_authenticator;
    ChangeFeed &m_feed;
    QThreadPool &m_hashing;
    QObject *m_context;
    LoginLimiter m_limiter;
    ClientAddress m_clientAddress;
};

} // namespace shopdesk::server
