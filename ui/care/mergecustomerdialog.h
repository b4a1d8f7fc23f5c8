#pragma once

#include "domain/care/customermatch.h"
#include "domain/care/customerprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace shopdesk::client {
class CustomerDirectory;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerResultsView;
class CustomerSearchBox;

// "Merge duplicate…": find the other record of the same person, see both side by side, and
// confirm. The record shown on the screen is the one that stays.
class MergeCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    MergeCustomerDialog(client::CustomerDirectory *directory, const care::CustomerProfile &survivor,
                        QWidget *parent = nullptr);

    // The customer chosen to be merged into the survivor; 0 while none is.
    qint64 duplicateId() const;

    QLineEdit *searchField() const;
    CustomerResultsView *results() const;
    QLabel *survivorText() const { return m_survivorText; }
    QLabel *duplicateText() const { return m_duplicateText; }
    QPushButton *mergeButton() const { return m_merge; }

private:
    void choose();

    care::CustomerProfile m_survivor;
    std::optional<care::CustomerMatch> m_duplicate;
    CustomerSearchBox *m_box;
    QLabel *m_survivorText;
    QLabel *m_duplicateText;
    QPushButton *m_merge;
};

} // namespace shopdesk::ui
