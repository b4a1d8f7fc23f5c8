#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTimer;

namespace shopdesk::client {
class CustomerDirectory;
class CustomerSearchModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerResultsView;

// "Link customer…": find the customer a conversation is with by name, e-mail, phone or order
// number (the customer search of the Customers screen), prefilled with the contact's address.
class CustomerPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerPickerDialog(client::CustomerDirectory *directory, const QString &query,
                         QWidget *parent = nullptr);

    // The customer chosen; 0 while none is.
    qint64 customerId() const;
    QString customerName() const;

    QLineEdit *searchField() const { return m_search; }
    CustomerResultsView *results() const { return m_results; }
    QPushButton *linkButton() const { return m_link; }

private:
    client::CustomerSearchModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    CustomerResultsView *m_results;
    QPushButton *m_link;
};

} // namespace shopdesk::ui
