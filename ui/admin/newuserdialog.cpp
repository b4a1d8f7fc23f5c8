#include "admin/newuserdialog.h"

#include "admin/newpassworddialog.h"
#include "admin/usersview.h"
#include "common/themecolors.h"
#include "domain/permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

NewUserDialog::NewUserDialog(QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_mustChange(new QCheckBox(tr("&Must change it at the first log-in"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newUserDialog"_s);
    setWindowTitle(tr("New user"));
    m_username->setObjectName(u"newUserName"_s);
    m_username->setAccessibleName(tr("User name"));
    m_username->setMaxLength(200);
    m_role->setObjectName(u"newUserRole"_s);
    m_role->setAccessibleName(tr("Role"));
    for (const QString &role : Permissions::roles())
        m_role->addItem(UsersView::roleTitle(role), role);
    m_role->setCurrentIndex(m_role->findData(u"agent"_s));
    m_password->setObjectName(u"newUserPassword"_s);
    m_password->setAccessibleName(tr("Initial password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_mustChange->setObjectName(u"newUserMustChange"_s);
    m_mustChange->setChecked(true);
    m_problem->setObjectName(u"newUserProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("User &name:"), m_username);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Initial &password:"), m_password);
    form->addRow(QString(), m_mustChange);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &NewUserDialog::check);
    connect(m_password, &QLineEdit::textChanged, this, &NewUserDialog::check);
    check();
}

QString NewUserDialog::username() const
{
    return m_username->text().trimmed();
}

QString NewUserDialog::role() const
{
    return m_role->currentData().toString();
}

QString NewUserDialog::password() const
{
    return m_password->text();
}

bool NewUserDialog::mustChangePassword() const
{
    return m_mustChange->isChecked();
}

void NewUserDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
}

QString NewUserDialog::problem() const
{
    return m_problem->text();
}

void NewUserDialog::check()
{
    const bool shortPassword = m_password->text().size() < NewPasswordDialog::minimumLength;
    m_problem->setText(
        !m_password->text().isEmpty() && shortPassword
            ? tr("A password has at least %1 characters.").arg(NewPasswordDialog::minimumLength)
            : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!username().isEmpty() && !shortPassword);
}

} // namespace shopdesk::ui
