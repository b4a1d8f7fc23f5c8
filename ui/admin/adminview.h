#pragma once

#include <QWidget>

class QTabWidget;

namespace shopdesk::client {
class ClientSession;
} // namespace shopdesk::client

namespace shopdesk::ui {

class UsersView;

// The Admin module: the shop's administration in tabs, starting with the users and roles.
class AdminView : public QWidget
{
    Q_OBJECT
public:
    explicit AdminView(client::ClientSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UsersView *users() const { return m_users; }

private:
    QTabWidget *m_tabs;
    UsersView *m_users;
};

} // namespace shopdesk::ui
