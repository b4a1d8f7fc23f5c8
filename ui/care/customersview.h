#pragma once

#include "care/erasecustomerdialog.h"
#include "care/mergecustomerdialog.h"
#include "domain/care/customerprofile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace shopdesk::client {
class ClientSession;
class CustomerDirectory;
class CustomerSearchModel;
class CustomerService;
class CustomerTimelineModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class CustomerFigures;
class CustomerProfileEditor;
class CustomerResultsView;
class CustomerTimelineView;
class MessageBar;

// The Customers screen: search as you type, then one customer's profile (editable), headline
// figures and timeline; merging a duplicate, and for managers and admins exporting and
// erasing everything held about the customer. The profile follows the change log live.
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(client::ClientSession *session, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    qint64 currentCustomerId() const { return m_current; }
    // Saves the customer's data as JSON or CSV to path (what Export… does after its dialog).
    void exportTo(const QString &format, const QString &path);

    QLineEdit *searchField() const { return m_search; }
    CustomerResultsView *results() const { return m_results; }
    client::CustomerSearchModel *resultsModel() const { return m_resultsModel; }
    QLabel *titleLabel() const { return m_title; }
    CustomerProfileEditor *editor() const { return m_editor; }
    CustomerFigures *figures() const { return m_figures; }
    CustomerTimelineView *timeline() const { return m_timeline; }
    client::CustomerTimelineModel *timelineModel() const { return m_timelineModel; }
    MessageBar *messages() const { return m_messages; }
    QPushButton *newTicketButton() const { return m_ticketButton; }
    QPushButton *followUpButton() const { return m_followUpButton; }
    QPushButton *mergeButton() const { return m_mergeButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *eraseButton() const { return m_eraseButton; }
    // The dialog of Merge duplicate… or Erase… while it is open.
    MergeCustomerDialog *mergeDialog() const { return m_mergeDialog; }
    EraseCustomerDialog *eraseDialog() const { return m_eraseDialog; }

signals:
    // An order on the timeline was double-clicked: its server id.
    void orderActivated(qint64 orderId);

private:
    QWidget *buildCustomerPage();
    void connectService();
    void profileLoaded(const care::CustomerProfile &profile);
    void refreshActivity();
    void openNewTicket();
    void scheduleFollowUp();
    void openMerge();
    void openErase();
    void chooseExport();
    void writeExport(const QByteArray &data);

    client::ClientSession *m_session;
    client::CustomerDirectory *m_directory;
    client::CustomerSearchModel *m_resultsModel;
    client::CustomerService *m_service;
    client::CustomerTimelineModel *m_timelineModel;
    qint64 m_current = 0;
    bool m_saving = false;
    care::CustomerProfile m_profile;
    QString m_exportPath; // where the export on its way goes
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QTimer *m_activityTimer;
    CustomerResultsView *m_results;
    MessageBar *m_messages;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QPushButton *m_ticketButton = nullptr;
    QPushButton *m_followUpButton = nullptr;
    QPushButton *m_mergeButton;
    QPushButton *m_exportButton;
    QPushButton *m_eraseButton;
    CustomerFigures *m_figures;
    CustomerProfileEditor *m_editor;
    CustomerTimelineView *m_timeline;
    QPointer<MergeCustomerDialog> m_mergeDialog;
    QPointer<EraseCustomerDialog> m_eraseDialog;
};

} // namespace shopdesk::ui
