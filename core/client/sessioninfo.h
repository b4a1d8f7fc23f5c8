#pragma once

#include <QString>
#include <QUrl>

namespace shopdesk::client {

// Who is logged in, where, and with which token.
struct SessionInfo
{
    QUrl server;
    QString token;
    qint64 userId = 0;
    QString username;
    QString role; // agent, warehouse, manager, admin, shop
    // An admin set the password: the server answers nothing else until it is changed.
    bool mustChangePassword = false;
};

} // namespace shopdesk::client
