#pragma once

#include "client/customerrecord.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace shopdesk::client {
class CustomerDirectory;
class CustomerSearchModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerResultsView;

// Order intake's customer box: find a customer by name, e-mail, phone or order number, or
// create one; a likely duplicate (same e-mail or phone) is offered before a second record
// is made.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(client::CustomerDirectory *directory, QWidget *parent = nullptr);

    std::optional<client::CustomerRecord> customer() const { return m_customer; }
    void setCustomer(const std::optional<client::CustomerRecord> &customer);
    void clear();
    // Puts the text into the search field and searches, as if typed.
    void searchFor(const QString &text);

    QLineEdit *searchField() const { return m_search; }
    // The matches as readable rows: name, e-mail, phone, city, last order.
    CustomerResultsView *results() const { return m_results; }
    client::CustomerSearchModel *resultsModel() const { return m_resultsModel; }
    QPushButton *newCustomerButton() const { return m_newButton; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *phoneField() const { return m_phone; }
    QPlainTextEdit *addressField() const { return m_address; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *createButton() const { return m_create; }
    QFrame *duplicateOffer() const { return m_duplicate; }
    QLabel *duplicateText() const { return m_duplicateText; }
    QPushButton *useDuplicateButton() const { return m_useDuplicate; }
    QPushButton *createAnywayButton() const { return m_createAnyway; }
    QLabel *message() const { return m_message; }
    QLabel *chosenLabel() const { return m_chosen; }

signals:
    void customerChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showResults(const QString &text);
    void pickResult();
    void submit(bool force);
    void clearForm();
    void offerDuplicates(const QList<client::CustomerRecord> &existing);
    void showMessage(const QString &text, bool error);
    static QString describe(const client::CustomerRecord &customer);

    client::CustomerDirectory *m_directory;
    std::optional<client::CustomerRecord> m_customer;
    QList<client::CustomerRecord> m_duplicates;
    QLineEdit *m_search;
    client::CustomerSearchModel *m_resultsModel;
    CustomerResultsView *m_results;
    QTimer *m_searchTimer;
    QLabel *m_chosen;
    QPushButton *m_newButton;
    QGroupBox *m_form;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_address;
    QComboBox *m_language;
    QPushButton *m_create;
    QFrame *m_duplicate;
    QLabel *m_duplicateText;
    QPushButton *m_useDuplicate;
    QPushButton *m_createAnyway;
    QLabel *m_message;
};

} // namespace shopdesk::ui
