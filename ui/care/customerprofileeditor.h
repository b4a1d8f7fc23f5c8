#pragma once

#include "domain/care/customerprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk::ui {

// A customer's profile as a form: name, e-mail, language, phones and addresses (lists with
// labels), marketing consent and notes. It keeps what the user typed until it is saved or a
// new profile is set; a refused save leaves the input as it was.
class CustomerProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerProfileEditor(QWidget *parent = nullptr);

    void setProfile(const care::CustomerProfile &profile);
    // The form's content over the profile last set.
    care::CustomerProfile profile() const;
    bool isModified() const { return m_modified; }
    void setEditable(bool editable);
    void setBusy(bool busy);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    // "Address failing": shown while mail to the address comes back undelivered.
    QLabel *emailFailingMark() const { return m_emailFailing; }
    QComboBox *languageBox() const { return m_language; }
    QTableWidget *phones() const { return m_phones; }
    QTableWidget *addresses() const { return m_addresses; }
    QCheckBox *consentBox() const { return m_consent; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *addPhoneButton() const { return m_addPhone; }
    QPushButton *addAddressButton() const { return m_addAddress; }

signals:
    void saveRequested();
    void modifiedChanged(bool modified);

private:
    QWidget *listBox(QTableWidget *table, QPushButton *add, QPushButton *remove);
    static void setRow(QTableWidget *table, int row, const QStringList &cells);
    static QStringList rowCells(const QTableWidget *table, int row);
    void setModified(bool modified);
    void showEmailFailure(const care::CustomerProfile &profile);

    care::CustomerProfile m_profile;
    bool m_modified = false;
    bool m_editable = true;
    bool m_filling = false;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_emailFailing;
    QComboBox *m_language;
    QTableWidget *m_phones;
    QPushButton *m_addPhone;
    QPushButton *m_removePhone;
    QTableWidget *m_addresses;
    QPushButton *m_addAddress;
    QPushButton *m_removeAddress;
    QCheckBox *m_consent;
    QLabel *m_consentAt;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
};

} // namespace shopdesk::ui
