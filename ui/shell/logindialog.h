#pragma once

#include "admin/newpassworddialog.h"
#include "domain/result.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace shopdesk::client {
class ClientSession;
}

namespace shopdesk::ui {

class CredentialStore;

// Log-in: where the shop lives (this computer, or a server), who you are, and whether this
// computer's keychain should remember the password. Opens the session before it closes; a
// user signing in with a password an admin set chooses a new one first.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(client::ClientSession *session, CredentialStore *credentials,
                QWidget *parent = nullptr);

    // The embedded server's folder (the default is under the user's data folder).
    void setStandaloneDataDir(const QString &dir);
    void setServer(const QString &address);
    void setStandalone(bool standalone);
    void setUsername(const QString &username);
    void setPassword(const QString &password);

    // Logs in with what the fields hold, as the Log in button does.
    void logIn();
    // Something the user should read once the main window is up (a keychain failure).
    QString notice() const { return m_notice; }
    QString statusText() const;

    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    // The new-password step, while it is shown.
    NewPasswordDialog *newPasswordDialog() const { return m_newPassword; }

private:
    void updateMode();
    void loadRememberedPassword();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void opened();
    void askNewPassword();
    QString standaloneDir() const;
    QString account() const;

    client::ClientSession *m_session;
    CredentialStore *m_credentials;
    QString m_dataDir;
    QString m_notice;
    bool m_firstStart = false;
    QRadioButton *m_standalone;
    QRadioButton *m_remote;
    QLineEdit *m_server;
    QGroupBox *m_share;
    QLineEdit *m_shareAddress;
    QSpinBox *m_sharePort;
    QLabel *m_firstStartHint;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<NewPasswordDialog> m_newPassword;
};

} // namespace shopdesk::ui
