#include "admin/newpassworddialog.h"

#include "common/themecolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

NewPasswordDialog::NewPasswordDialog(const QString &title, const QString &explanation,
                                     QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newPasswordDialog"_s);
    setWindowTitle(title);
    auto *intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    for (QLineEdit *field : {m_password, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"newPassword"_s);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_password->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    m_problem->setObjectName(u"passwordProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPasswordDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordDialog::check);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordDialog::check);
    check();
}

QString NewPasswordDialog::password() const
{
    return m_password->text();
}

QString NewPasswordDialog::problem() const
{
    return m_problem->text();
}

void NewPasswordDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_password->setFocus();
    m_password->selectAll();
}

void NewPasswordDialog::check()
{
    QString problem;
    if (!m_password->text().isEmpty() && m_password->text().size() < minimumLength)
        problem = tr("A password has at least %1 characters.").arg(minimumLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && m_password->text().size() >= minimumLength &&
                     m_repeat->text() == m_password->text());
}

} // namespace shopdesk::ui
