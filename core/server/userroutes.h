#pragma once

#include "server/route.h"

#include <QList>

class QThreadPool;

namespace shopdesk::server {

// The users and their roles (admins only).
class UserRoutes
{
public:
    UserRoutes(storage::ShopStore &reader, QThreadPool &hashing, QObject *context)
        : m_reader(reader)
        , m_hashing(hashing)
        , m_context(context)
    {}

    QList<Route> routes();

private:
    void createUser(const CallPtr &call);
    void listUsers(const CallPtr &call);

    storage::ShopStore &m_reader;
    QThreadPool &m_hashing;
    QObject *m_context;
};

} // namespace shopdesk::server
