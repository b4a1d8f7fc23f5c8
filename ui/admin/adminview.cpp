#include "admin/adminview.h"

#include "admin/auditview.h"
#include "admin/backupsview.h"
#include "admin/catalogueview.h"
#include "admin/settingsview.h"
#include "admin/usersview.h"
#include "client/admin/auditservice.h"
#include "client/admin/backupservice.h"
#include "client/admin/catalogueservice.h"
#include "client/admin/settingsservice.h"
#include "client/admin/userservice.h"
#include "client/clientsession.h"
#include "domain/permissions.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QList<Capability> AdminView::tabCapabilities()
{
    return {Capability::ManageUsers, Capability::EditProducts, Capability::ManageSettings,
            Capability::ManageBackups, Capability::ReadAudit};
}

AdminView::AdminView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"adminModule"_s);
    m_tabs->setObjectName(u"adminTabs"_s);
    const QString role = session->info().role;
    if (Permissions::allows(role, Capability::ManageUsers)) {
        m_users = new UsersView(new client::UserService(session->api(), this),
                                session->info().userId, m_tabs);
        m_tabs->addTab(m_users, tr("&Users"));
    }
    if (Permissions::allows(role, Capability::EditProducts)) {
        m_catalogue = new CatalogueView(new client::CatalogueService(session->api(), this), m_tabs);
        m_tabs->addTab(m_catalogue, tr("&Catalogue"));
    }
    if (Permissions::allows(role, Capability::ManageSettings)) {
        m_settings = new SettingsView(new client::SettingsService(session->api(), this), m_tabs);
        m_tabs->addTab(m_settings, tr("&Settings"));
    }
    if (Permissions::allows(role, Capability::ManageBackups)) {
        m_backups = new BackupsView(new client::BackupService(session->api(), this), m_tabs);
        m_tabs->addTab(m_backups, tr("&Backups"));
    }
    if (Permissions::allows(role, Capability::ReadAudit)) {
        QStringList readable;
        for (const QString &entity : Permissions::entities()) {
            if (Permissions::mayRead(role, entity))
                readable.append(entity);
        }
        m_audit = new AuditView(new client::AuditService(session->api(), this), readable, m_tabs);
        m_tabs->addTab(m_audit, tr("&Audit"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace shopdesk::ui
