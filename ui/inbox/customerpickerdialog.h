#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace shopdesk::client {
class CustomerDirectory;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerResultsView;
class CustomerSearchBox;

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

    QLineEdit *searchField() const;
    CustomerResultsView *results() const;
    QPushButton *linkButton() const { return m_link; }

private:
    CustomerSearchBox *m_box;
    QPushButton *m_link;
};

} // namespace shopdesk::ui
