#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;

namespace shopdesk::care {
struct CustomerMatch;
} // namespace shopdesk::care

namespace shopdesk::client {
class CustomerDirectory;
class CustomerSearchModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerResultsView;

// The customer search of the dialogs that pick one customer: a field for a name, e-mail,
// phone or order number, searched a moment after the typing stops, and the matches below it.
class CustomerSearchBox : public QWidget
{
    Q_OBJECT
public:
    CustomerSearchBox(client::CustomerDirectory *directory, const QString &placeholder,
                      QWidget *parent = nullptr);

    // Searches for the query at once; the field shows it.
    void search(const QString &query);
    // The match the user picked; null while none is.
    const care::CustomerMatch *currentMatch() const;

    QLineEdit *searchField() const { return m_search; }
    CustomerResultsView *results() const { return m_results; }

signals:
    // The picked match changed (also to none, when new results come).
    void currentChanged();
    // A match was double-clicked.
    void chosen();

private:
    client::CustomerSearchModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    CustomerResultsView *m_results;
};

} // namespace shopdesk::ui
