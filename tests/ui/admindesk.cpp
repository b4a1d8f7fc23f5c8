#include "admindesk.h"

#include "admin/adminview.h"
#include "client/clientsession.h"
#include "shell/mainwindow.h"
#include "testhttp.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

bool AdminDesk::addUser(ClientShop &shop, const QString &username, const QString &role)
{
    return shop.admin()
               .post(u"/api/v1/users"_s,
                     {{u"username"_s, username},
                      {u"password"_s, QString::fromLatin1(ClientShop::password)},
                      {u"role"_s, role}})
               .status == 201;
}

bool AdminDesk::open(const QUrl &server, const QString &username, QString *why, QSize size)
{
    m_session = openSession(server, username, why);
    if (!m_session)
        return false;
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *why = u"the window was not shown"_s;
        return false;
    }
    if (!m_window->showModule(u"admin"_s)) {
        *why = username + u" has no Admin module"_s;
        return false;
    }
    m_admin = m_window->findChild<ui::AdminView *>();
    if (!m_admin)
        *why = u"the Admin module has no AdminView"_s;
    return m_admin != nullptr;
}

void AdminDesk::close()
{
    m_admin = nullptr;
    m_window.reset();
    m_session.reset();
}

} // namespace shopdesk::test
