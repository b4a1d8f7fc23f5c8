#pragma once

#include "domain/capability.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace shopdesk::client {
class ClientSession;
} // namespace shopdesk::client

namespace shopdesk::ui {

class BackupsView;
class SettingsView;
class AuditView;
class CatalogueView;
class UsersView;

// The Admin module: the shop's administration in tabs, each shown to the roles its
// capability is granted to (users and settings to admins; catalogue and audit to managers too).
class AdminView : public QWidget
{
    Q_OBJECT
public:
    explicit AdminView(client::ClientSession *session, QWidget *parent = nullptr);

    // The capabilities of the module's tabs: a role with any of them has the module.
    static QList<Capability> tabCapabilities();

    QTabWidget *tabs() const { return m_tabs; }
    // Null where the role may not manage users.
    UsersView *users() const { return m_users; }
    // Null where the role may not manage backups.
    BackupsView *backups() const { return m_backups; }
    // Null where the role may not manage the server's settings.
    SettingsView *settings() const { return m_settings; }
    // Null where the role may not read the audit trail.
    AuditView *audit() const { return m_audit; }
    // Null where the role may not edit products.
    CatalogueView *catalogue() const { return m_catalogue; }

private:
    QTabWidget *m_tabs;
    UsersView *m_users = nullptr;
    BackupsView *m_backups = nullptr;
    SettingsView *m_settings = nullptr;
    AuditView *m_audit = nullptr;
    CatalogueView *m_catalogue = nullptr;
};

} // namespace shopdesk::ui
