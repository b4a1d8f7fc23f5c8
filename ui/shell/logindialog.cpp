#include "shell/logindialog.h"

#include "admin/newpassworddialog.h"
#include "common/themecolors.h"

#include "client/admin/userrefusal.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/standaloneserver.h"
#include "common/logging.h"
#include "shell/credentialstore.h"
#include "shell/preferences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

LoginDialog::LoginDialog(client::ClientSession *session, CredentialStore *credentials,
                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_credentials(credentials)
    , m_standalone(new QRadioButton(tr("On this computer (standalone)"), this))
    , m_remote(new QRadioButton(tr("On a server:"), this))
    , m_server(new QLineEdit(this))
    , m_share(new QGroupBox(tr("Share this computer's shop on the local network"), this))
    , m_shareAddress(new QLineEdit(this))
    , m_sharePort(new QSpinBox(this))
    , m_firstStartHint(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me (password kept in the system keychain)"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in — Shopdesk"));

    auto *title = new QLabel(tr("<h2>Shopdesk</h2>Log in to your shop."), this);

    m_standalone->setObjectName(u"standaloneMode"_s);
    m_remote->setObjectName(u"serverMode"_s);
    m_server->setObjectName(u"serverAddress"_s);
    m_server->setPlaceholderText(tr("http://shop-server:8080"));
    m_server->setAccessibleName(tr("Server address"));
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_remote);
    serverRow->addWidget(m_server, 1);

    m_share->setObjectName(u"shareOnNetwork"_s);
    m_share->setCheckable(true);
    m_share->setToolTip(tr("Other computers then log in to this one as their server."));
    m_shareAddress->setObjectName(u"shareAddress"_s);
    m_shareAddress->setAccessibleName(tr("Address to share on"));
    m_sharePort->setObjectName(u"sharePort"_s);
    m_sharePort->setRange(1, 65535);
    m_sharePort->setAccessibleName(tr("Port to share on"));
    auto *shareLayout = new QFormLayout(m_share);
    shareLayout->addRow(tr("&Address:"), m_shareAddress);
    shareLayout->addRow(tr("P&ort:"), m_sharePort);

    auto *where = new QGroupBox(tr("Where is the shop?"), this);
    auto *whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_standalone);
    whereLayout->addWidget(m_share);
    whereLayout->addLayout(serverRow);

    m_firstStartHint->setObjectName(u"firstStartHint"_s);
    m_firstStartHint->setWordWrap(true);
    m_firstStartHint->setText(
        tr("This computer has no shop yet. Shopdesk will create one: the administrator is "
           "<b>admin</b>, with the password you choose below."));

    m_username->setObjectName(u"username"_s);
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember->setObjectName(u"rememberMe"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_status->setObjectName(u"loginStatus"_s);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);

    QPushButton *login = m_buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    login->setObjectName(u"loginButton"_s);
    login->setDefault(true);
    m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addWidget(m_firstStartHint);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    // The last choices come back.
    m_standalone->setChecked(prefs::standalone);
    m_remote->setChecked(!prefs::standalone);
    m_server->setText(prefs::serverAddress);
    m_share->setChecked(prefs::shareOnNetwork);
    m_shareAddress->setText(prefs::shareAddress);
    m_sharePort->setValue(prefs::sharePort);
    m_username->setText(prefs::lastUser);
    m_remember->setChecked(prefs::rememberMe);

    connect(m_standalone, &QRadioButton::toggled, this, &LoginDialog::updateMode);
    connect(m_server, &QLineEdit::textEdited, this, [this] { m_remote->setChecked(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &client::ClientSession::opened, this, &LoginDialog::opened);
    connect(m_session, &client::ClientSession::failed, this,
            [this](const Error &error) { showError(error.message); });
    connect(m_session, &client::ClientSession::passwordChangeRequired, this,
            &LoginDialog::askNewPassword);
    connect(m_session, &client::ClientSession::passwordChangeRefused, this,
            [this](const Error &error) {
                if (m_newPassword) {
                    m_newPassword->buttons()->setEnabled(true);
                    m_newPassword->showProblem(client::UserRefusal::describe(error));
                }
            });
    updateMode();
    loadRememberedPassword();
    if (!m_username->text().isEmpty())
        m_password->setFocus();
}

void LoginDialog::setStandaloneDataDir(const QString &dir)
{
    m_dataDir = dir;
    updateMode();
}

void LoginDialog::setServer(const QString &address)
{
    m_server->setText(address);
    m_remote->setChecked(true);
}

void LoginDialog::setStandalone(bool standalone)
{
    m_standalone->setChecked(standalone);
    m_remote->setChecked(!standalone);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    loadRememberedPassword();
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

QString LoginDialog::standaloneDir() const
{
    return m_dataDir.isEmpty() ? client::StandaloneServer::defaultDataDir() : m_dataDir;
}

QString LoginDialog::account() const
{
    const QUrl server = m_standalone->isChecked() ? QUrl() : QUrl(m_server->text().trimmed());
    return client::LocalCache::profileName(server, m_username->text().trimmed());
}

void LoginDialog::updateMode()
{
    const bool standalone = m_standalone->isChecked();
    m_server->setEnabled(!standalone);
    m_share->setEnabled(standalone);
    m_firstStart = standalone && client::StandaloneServer::isFirstStart(standaloneDir());
    m_firstStartHint->setVisible(m_firstStart);
    if (m_firstStart && m_username->text().isEmpty())
        m_username->setText(u"admin"_s);
}

void LoginDialog::loadRememberedPassword()
{
    if (!prefs::rememberMe || m_username->text().isEmpty())
        return;
    const QString wanted = account();
    m_credentials->load(wanted, [this, wanted, self = QPointer<LoginDialog>(this)](
                                    const Result<QString> &password) {
        if (!self || wanted != account() || !m_password->text().isEmpty())
            return;
        if (password) {
            m_password->setText(password.value());
            return;
        }
        if (password.error().code != u"not_found"_s)
            m_status->setText(password.error().message);
    });
}

void LoginDialog::setBusy(bool busy, const QString &message)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_standalone, m_remote, m_server, m_share, m_username,
                                          m_password, m_remember, m_buttons})
        w->setEnabled(!busy);
    if (!busy)
        updateMode();
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));
    m_status->setText(message);
    m_password->setFocus();
    m_password->selectAll();
}

void LoginDialog::logIn()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    client::ConnectionSettings settings;
    settings.standalone = m_standalone->isChecked();
    settings.standaloneDataDir = standaloneDir();
    if (!settings.standalone) {
        QString address = m_server->text().trimmed();
        if (!address.contains(u"://"_s))
            address.prepend(u"http://"_s);
        settings.server = QUrl(address);
    }
    settings.shareOnNetwork = m_share->isChecked();
    if (settings.shareOnNetwork) {
        const QHostAddress address(m_shareAddress->text().trimmed());
        if (address.isNull()) {
            showError(tr("\"%1\" is not a network address such as 0.0.0.0 or 192.168.1.20.")
                          .arg(m_shareAddress->text()));
            return;
        }
        settings.shareAddress = address;
        settings.sharePort = quint16(m_sharePort->value());
    }
    setBusy(true, settings.standalone ? tr("Starting the shop on this computer…")
                                      : tr("Connecting to %1…").arg(settings.server.toString()));
    m_session->open(settings, username, m_password->text(),
                    m_firstStart ? m_password->text() : QString());
}

void LoginDialog::askNewPassword()
{
    setBusy(true, tr("An admin set your password: choose your own to go on."));
    auto *dialog = new NewPasswordDialog(
        tr("Choose your password"),
        tr("An admin set the password you logged in with. Choose your own now; nobody else "
           "will know it."),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newPassword = dialog;
    connect(dialog, &NewPasswordDialog::submitted, this, [this, dialog] {
        dialog->buttons()->setEnabled(false);
        dialog->showProblem(QString());
        m_session->changePassword(dialog->password());
    });
    // Without a new password nothing opens: back to the log-in.
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->close();
        showError(tr("Log in again when you are ready to choose your password."));
    });
    dialog->open();
}

void LoginDialog::opened()
{
    if (m_newPassword) {
        // The password to remember is the one just chosen.
        m_password->setText(m_newPassword->password());
        m_newPassword->disconnect(this);
        m_newPassword->accept();
    }
    prefs::standalone.set(m_standalone->isChecked());
    prefs::serverAddress.set(m_server->text().trimmed());
    prefs::lastUser.set(m_username->text().trimmed());
    prefs::shareOnNetwork.set(m_share->isChecked());
    prefs::shareAddress.set(m_shareAddress->text().trimmed());
    prefs::sharePort.set(m_sharePort->value());
    prefs::rememberMe.set(m_remember->isChecked());

    const QString account = m_session->profile();
    if (!m_remember->isChecked()) {
        m_credentials->forget(account, [](const Result<void> &) {});
        accept();
        return;
    }
    setBusy(true, tr("Saving the password in the system keychain…"));
    m_credentials->save(account, m_password->text(),
                        [this, self = QPointer<LoginDialog>(this)](const Result<void> &saved) {
                            if (!self)
                                return;
                            if (!saved) {
                                m_notice = saved.error().message;
                                prefs::rememberMe.set(false);
                            }
                            accept();
                        });
}

} // namespace shopdesk::ui
