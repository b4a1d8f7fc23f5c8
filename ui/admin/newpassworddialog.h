#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace shopdesk::ui {

// Asks for a new password twice: an admin's reset of a user's password, or the user's own
// new password at a sign-in with one an admin set. OK stays off until both fields agree and
// the password is long enough.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int minimumLength = 8;

    NewPasswordDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString password() const;
    // What the server said against the last try, shown under the fields.
    void showProblem(const QString &text);
    QString problem() const;

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // OK was pressed: the caller sends it, then accept()s, or shows the server's problem.
    void submitted();

private:
    void check();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace shopdesk::ui
