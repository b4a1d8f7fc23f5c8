#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace shopdesk::ui {

// Erasing a customer on request cannot be taken back: the dialog asks for the customer's
// name to be typed before Erase can be pressed.
class EraseCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    EraseCustomerDialog(const QString &customerName, QWidget *parent = nullptr);

    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *eraseButton() const { return m_erase; }

private:
    QString m_name;
    QLineEdit *m_confirmation;
    QPushButton *m_erase;
};

} // namespace shopdesk::ui
