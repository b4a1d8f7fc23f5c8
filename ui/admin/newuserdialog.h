#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace shopdesk::ui {

// A new colleague: user name, role, the first password and whether it must be changed at the
// first sign-in (on by default: the admin should not keep knowing it).
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(QWidget *parent = nullptr);

    QString username() const;
    QString role() const;
    QString password() const;
    bool mustChangePassword() const;
    // What the server said against the last try, shown under the fields.
    void showProblem(const QString &text);
    QString problem() const;

    QLineEdit *usernameField() const { return m_username; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *mustChangeBox() const { return m_mustChange; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // OK was pressed: the caller sends it, then accept()s, or shows the server's problem.
    void submitted();

private:
    void check();

    QLineEdit *m_username;
    QComboBox *m_role;
    QLineEdit *m_password;
    QCheckBox *m_mustChange;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace shopdesk::ui
