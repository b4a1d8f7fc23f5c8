#pragma once

#include "client/admin/useraccount.h"
#include "client/rowtablemodel.h"
#include "domain/result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace shopdesk::client {
class UserService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;
class NewPasswordDialog;
class NewUserDialog;

// The Admin module's Users tab: every user with role, status and last log-in; a new user,
// another role, a password reset (to be changed at the next log-in), disable and enable.
// The server's refusals (the last admin, a taken name, a weak password) are worded here.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    using Model = client::RowTableModel<client::UserAccount>;

    explicit UsersView(client::UserService *service, qint64 ownUserId, QWidget *parent = nullptr);

    // The role's name in the user's language.
    static QString roleTitle(const QString &role);

    void reload();
    // Opens the New user dialog (not modal) and returns it.
    NewUserDialog *startNewUser();
    // Opens the Reset password dialog for the selected user and returns it (nullptr: none).
    NewPasswordDialog *startPasswordReset();
    // The selected user gets the role chosen beside the button.
    void changeRole();
    // Disables the selected user, or enables them when disabled.
    void toggleDisabled();
    void selectUser(const QString &username);

    Model *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *roleChoice() const { return m_roleChoice; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *roleButton() const { return m_changeRole; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *disableButton() const { return m_disable; }
    MessageBar *messageBar() const { return m_message; }
    bool isLoading() const { return m_loading; }

signals:
    // The list was read again from the server.
    void reloaded();

private:
    // The selected user, if any.
    const client::UserAccount *selected() const;
    void updateButtons();
    // After a change: the message, and the list read again.
    void changed(const Result<client::UserAccount> &result, const QString &done);

    client::UserService *m_service;
    qint64 m_ownUserId;
    Model *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QComboBox *m_roleChoice;
    QPushButton *m_changeRole;
    QPushButton *m_reset;
    QPushButton *m_disable;
    MessageBar *m_message;
    QPointer<NewUserDialog> m_newUser;
    QPointer<NewPasswordDialog> m_resetDialog;
    bool m_loading = false;
};

} // namespace shopdesk::ui
