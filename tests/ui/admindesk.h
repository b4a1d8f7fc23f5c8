#pragma once

#include "../client/clientfixture.h"

#include <QSize>
#include <QString>

#include <memory>

namespace shopdesk::client {
class ClientSession;
} // namespace shopdesk::client

namespace shopdesk::ui {
class AdminView;
class MainWindow;
} // namespace shopdesk::ui

namespace shopdesk::test {

// The main window of a signed-in user with the Admin module open, as the suites of the
// module's tabs start: against a shop already started.
class AdminDesk
{
public:
    // Adds a user of the role with the fixture's client password; false if the shop refuses.
    static bool addUser(ClientShop &shop, const QString &username, const QString &role);

    // Signs the user in, shows the window at that size and opens the Admin module; false and
    // why (in `why`) if any step fails.
    bool open(const QUrl &server, const QString &username, QString *why,
              QSize size = QSize(1100, 700));
    void close();

    client::ClientSession *session() const { return m_session.get(); }
    ui::MainWindow *window() const { return m_window.get(); }
    ui::AdminView *admin() const { return m_admin; }

private:
    std::unique_ptr<client::ClientSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AdminView *m_admin = nullptr;
};

} // namespace shopdesk::test
