#include "admin/usersview.h"

#include "admin/newpassworddialog.h"
#include "admin/newuserdialog.h"
#include "client/admin/userrefusal.h"
#include "client/admin/userservice.h"
#include "client/tablecell.h"
#include "common/messagebar.h"
#include "domain/permissions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString statusOf(const client::UserAccount &user)
{
    if (user.disabled)
        return UsersView::tr("Disabled");
    if (user.mustChangePassword)
        return UsersView::tr("Must change password");
    return UsersView::tr("Active");
}

} // namespace

QString UsersView::roleTitle(const QString &role)
{
    static const QHash<QString, const char *> titles = {
        {u"agent"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Agent")},
        {u"warehouse"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Warehouse")},
        {u"manager"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Manager")},
        {u"admin"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Admin")},
        {u"shop"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Shop website")},
        {u"editor"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Content editor")},
        {u"qa"_s, QT_TRANSLATE_NOOP("shopdesk::ui::UsersView", "Quality assurance")},
    };
    const char *title = titles.value(role);
    return title ? tr(title) : role;
}

UsersView::UsersView(client::UserService *service, qint64 ownUserId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_ownUserId(ownUserId)
    , m_model(new Model(
          {
              {tr("Name"),
               [](const client::UserAccount &u) { return client::TableCell::text(u.username); }},
              {tr("Role"),
               [](const client::UserAccount &u) {
                   return client::TableCell::code(u.role, roleTitle(u.role));
               }},
              {tr("Status"),
               [](const client::UserAccount &u) { return client::TableCell::text(statusOf(u)); }},
              {tr("Last log-in"),
               [](const client::UserAccount &u) { return client::TableCell::time(u.lastLoginAt); }},
          },
          this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New user…"), this))
    , m_roleChoice(new QComboBox(this))
    , m_changeRole(new QPushButton(tr("Change &role"), this))
    , m_reset(new QPushButton(tr("Reset &password…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_message(new MessageBar(this))
{
    setObjectName(u"usersView"_s);
    m_table->setObjectName(u"userTable"_s);
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_new->setObjectName(u"newUser"_s);
    m_roleChoice->setObjectName(u"roleChoice"_s);
    m_roleChoice->setAccessibleName(tr("New role"));
    for (const QString &role : Permissions::roles())
        m_roleChoice->addItem(roleTitle(role), role);
    m_changeRole->setObjectName(u"changeRole"_s);
    m_reset->setObjectName(u"resetPassword"_s);
    m_disable->setObjectName(u"disableUser"_s);
    m_message->setObjectName(u"usersMessage"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addStretch();
    actions->addWidget(m_roleChoice);
    actions->addWidget(m_changeRole);
    actions->addWidget(m_reset);
    actions->addWidget(m_disable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(m_table);

    connect(m_new, &QPushButton::clicked, this, &UsersView::startNewUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersView::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &UsersView::startPasswordReset);
    connect(m_disable, &QPushButton::clicked, this, &UsersView::toggleDisabled);
    // The role choice starts at the selected user's role.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const client::UserAccount *user = selected()) {
            const QSignalBlocker quiet(m_roleChoice);
            m_roleChoice->setCurrentIndex(m_roleChoice->findData(user->role));
        }
        updateButtons();
    });
    connect(m_roleChoice, &QComboBox::currentIndexChanged, this, &UsersView::updateButtons);
    updateButtons();
    reload();
}

void UsersView::reload()
{
    m_loading = true;
    QPointer<UsersView> self(this);
    m_service->list([self](const Result<QList<client::UserAccount>> &users) {
        if (!self)
            return;
        self->m_loading = false;
        if (!users) {
            self->m_message->showMessage(client::UserRefusal::describe(users.error()),
                                         MessageBar::Kind::Error);
            return;
        }
        const QString chosen = self->selected() ? self->selected()->username : QString();
        self->m_model->setRows(users.value());
        if (!chosen.isEmpty())
            self->selectUser(chosen);
        self->updateButtons();
        emit self->reloaded();
    });
}

void UsersView::selectUser(const QString &username)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).username == username) {
            m_table->selectRow(row);
            return;
        }
    }
}

const client::UserAccount *UsersView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->row(rows.first().row());
}

void UsersView::updateButtons()
{
    const client::UserAccount *user = selected();
    m_roleChoice->setEnabled(user != nullptr);
    m_changeRole->setEnabled(user && m_roleChoice->currentData().toString() != user->role);
    m_reset->setEnabled(user != nullptr);
    // Nobody locks themselves out: another admin disables an admin.
    m_disable->setEnabled(user && (user->disabled || user->id != m_ownUserId));
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersView::changed(const Result<client::UserAccount> &result, const QString &done)
{
    if (!result) {
        m_message->showMessage(client::UserRefusal::describe(result.error()),
                               MessageBar::Kind::Error);
    } else {
        m_message->showMessage(done);
    }
    reload();
}

NewUserDialog *UsersView::startNewUser()
{
    if (m_newUser)
        m_newUser->deleteLater();
    auto *dialog = new NewUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newUser = dialog;
    connect(dialog, &NewUserDialog::submitted, this, [this, dialog] {
        dialog->buttons()->setEnabled(false);
        QPointer<NewUserDialog> guard(dialog);
        const QString name = dialog->username();
        m_service->create(name, dialog->role(), dialog->password(), dialog->mustChangePassword(),
                          [this, guard, name](const Result<client::UserAccount> &user) {
                              if (!guard)
                                  return;
                              guard->buttons()->setEnabled(true);
                              if (!user) {
                                  guard->showProblem(client::UserRefusal::describe(user.error()));
                                  return;
                              }
                              guard->accept();
                              m_message->showMessage(tr("%1 can log in now.").arg(name));
                              reload();
                          });
    });
    dialog->open();
    return dialog;
}

NewPasswordDialog *UsersView::startPasswordReset()
{
    const client::UserAccount *user = selected();
    if (!user)
        return nullptr;
    if (m_resetDialog)
        m_resetDialog->deleteLater();
    const qint64 id = user->id;
    const QString name = user->username;
    auto *dialog = new NewPasswordDialog(
        tr("Reset the password of %1").arg(name),
        tr("%1 must change this password at the next log-in; their open sessions end now.")
            .arg(name),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_resetDialog = dialog;
    connect(dialog, &NewPasswordDialog::submitted, this, [this, dialog, id, name] {
        QPointer<NewPasswordDialog> guard(dialog);
        m_service->resetPassword(
            id, dialog->password(), [this, guard, name](const Result<client::UserAccount> &user) {
                if (!guard)
                    return;
                if (!user) {
                    guard->showProblem(client::UserRefusal::describe(user.error()));
                    return;
                }
                guard->accept();
                changed(user, tr("%1 must change the new password at the next log-in.").arg(name));
            });
    });
    dialog->open();
    return dialog;
}

void UsersView::changeRole()
{
    const client::UserAccount *user = selected();
    if (!user)
        return;
    const QString role = m_roleChoice->currentData().toString();
    const QString name = user->username;
    QPointer<UsersView> self(this);
    m_service->setRole(user->id, role, [self, name, role](const Result<client::UserAccount> &r) {
        if (self)
            self->changed(r, tr("%1 is now: %2.").arg(name, roleTitle(role)));
    });
}

void UsersView::toggleDisabled()
{
    const client::UserAccount *user = selected();
    if (!user)
        return;
    const bool disable = !user->disabled;
    const QString name = user->username;
    QPointer<UsersView> self(this);
    m_service->setDisabled(
        user->id, disable, [self, name, disable](const Result<client::UserAccount> &r) {
            if (self)
                self->changed(r, disable ? tr("%1 is disabled and signed out everywhere.").arg(name)
                                         : tr("%1 can log in again.").arg(name));
        });
}

} // namespace shopdesk::ui
