#include "care/customersview.h"

#include "care/followupdialog.h"

#include "care/newticketdialog.h"
#include "client/care/ticketservice.h"
#include "domain/permissions.h"

#include "care/customerfigures.h"
#include "care/customerprofileeditor.h"
#include "care/customerresultsview.h"
#include "care/customertimelineview.h"
#include "care/erasecustomerdialog.h"
#include "care/mergecustomerdialog.h"
#include "common/messagebar.h"

#include "client/apiclient.h"
#include "client/care/customersearchmodel.h"
#include "client/care/customerservice.h"
#include "client/care/customertimelinemodel.h"
#include "client/clientsession.h"
#include "client/customerdirectory.h"
#include "client/rolepolicy.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

using Action = client::CustomerService::Action;

CustomersView::CustomersView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(new client::CustomerDirectory(session->cache(), session->api(), this))
    , m_resultsModel(new client::CustomerSearchModel(m_directory, this))
    , m_service(new client::CustomerService(session->api(), session->cache(), this))
    , m_timelineModel(new client::CustomerTimelineModel(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_activityTimer(new QTimer(this))
    , m_results(new CustomerResultsView(this))
    , m_messages(new MessageBar(this))
    , m_pages(new QStackedWidget(this))
{
    m_search->setObjectName(u"customersSearch"_s);
    m_search->setAccessibleName(tr("Customer search"));
    m_search->setPlaceholderText(
        tr("Find a customer: name, e-mail, phone, order number or ticket number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"customersResults"_s);
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setModel(m_resultsModel);

    auto *hint = new QLabel(tr("Search for a customer above and pick one to see their profile, "
                               "figures and timeline."),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_pages->addWidget(hint);
    m_pages->addWidget(buildCustomerPage());

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_results);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_resultsModel->setQuery(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_resultsModel->setQuery(m_search->text());
        if (m_resultsModel->rowCount() > 0)
            showCustomer(m_resultsModel->matches().first().customer.id);
    });
    connect(m_results, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showCustomer(index.data(client::CustomerSearchModel::CustomerIdRole).toLongLong());
    });
    connect(m_results, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        showCustomer(index.data(client::CustomerSearchModel::CustomerIdRole).toLongLong());
    });
    // Orders of the customer move the figures and the timeline; a burst is one refresh.
    m_activityTimer->setSingleShot(true);
    m_activityTimer->setInterval(300);
    connect(m_activityTimer, &QTimer::timeout, this, &CustomersView::refreshActivity);
    connectService();
}

QWidget *CustomersView::buildCustomerPage()
{
    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(u"customerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_title->setFont(font);
    m_ticketButton = new QPushButton(tr("New &ticket…"), page);
    m_ticketButton->setObjectName(u"newTicketForCustomer"_s);
    m_ticketButton->setToolTip(tr("Open a ticket for this customer"));
    m_followUpButton = new QPushButton(tr("&Follow-up…"), page);
    m_followUpButton->setObjectName(u"followUpForCustomer"_s);
    m_followUpButton->setToolTip(tr("Schedule a call-back or follow-up with this customer"));
    m_mergeButton = new QPushButton(tr("Mer&ge duplicate…"), page);
    m_mergeButton->setObjectName(u"mergeCustomer"_s);
    m_exportButton = new QPushButton(tr("E&xport…"), page);
    m_exportButton->setObjectName(u"exportCustomer"_s);
    m_eraseButton = new QPushButton(tr("&Erase…"), page);
    m_eraseButton->setObjectName(u"eraseCustomer"_s);
    const QString role = m_session->info().role;
    m_ticketButton->setVisible(Permissions::allows(role, Capability::OpenTickets));
    m_followUpButton->setVisible(Permissions::allows(role, Capability::WorkTickets));
    m_mergeButton->setVisible(client::RolePolicy::mayEditCustomers(role));
    m_exportButton->setVisible(client::RolePolicy::mayManageCustomerData(role));
    m_eraseButton->setVisible(client::RolePolicy::mayManageCustomerData(role));

    m_figures = new CustomerFigures(page);
    m_editor = new CustomerProfileEditor(page);
    m_editor->setEditable(client::RolePolicy::mayEditCustomers(role));
    m_timeline = new CustomerTimelineView(m_timelineModel, page);
    m_timeline->setMayAddNotes(client::RolePolicy::mayEditCustomers(role));

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_ticketButton);
    heading->addWidget(m_followUpButton);
    heading->addWidget(m_mergeButton);
    heading->addWidget(m_exportButton);
    heading->addWidget(m_eraseButton);

    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QSplitter(Qt::Horizontal, page);
    body->addWidget(scroll);
    body->addWidget(m_timeline);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    body->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_figures);
    layout->addWidget(body, 1);

    connect(m_ticketButton, &QPushButton::clicked, this, &CustomersView::openNewTicket);
    connect(m_followUpButton, &QPushButton::clicked, this, &CustomersView::scheduleFollowUp);
    connect(m_mergeButton, &QPushButton::clicked, this, &CustomersView::openMerge);
    connect(m_eraseButton, &QPushButton::clicked, this, &CustomersView::openErase);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersView::chooseExport);
    connect(m_editor, &CustomerProfileEditor::saveRequested, this, [this] {
        m_saving = true;
        m_editor->setBusy(true);
        m_service->save(m_editor->profile());
    });
    connect(m_timeline, &CustomerTimelineView::olderRequested, this, [this] {
        if (m_timelineModel->hasOlder())
            m_service->loadTimeline(m_current, m_timelineModel->nextCursor());
    });
    connect(m_timeline, &CustomerTimelineView::noteRequested, this, [this](const QString &text) {
        m_timeline->setNoteBusy(true);
        m_service->addNote(m_current, text);
    });
    connect(m_timeline, &CustomerTimelineView::orderActivated, this,
            &CustomersView::orderActivated);
    return page;
}

void CustomersView::connectService()
{
    connect(m_service, &client::CustomerService::profileLoaded, this,
            &CustomersView::profileLoaded);
    connect(m_service, &client::CustomerService::saved, this,
            [this](const care::CustomerProfile &profile) {
                m_saving = false;
                m_editor->setProfile(profile);
                profileLoaded(profile);
                m_messages->showMessage(tr("Saved %1.").arg(profile.name));
            });
    connect(m_service, &client::CustomerService::summaryLoaded, this,
            [this](const care::CustomerSummary &summary) {
                if (summary.customerId == m_current)
                    m_figures->setSummary(summary);
            });
    connect(m_service, &client::CustomerService::timelineLoaded, m_timelineModel,
            &client::CustomerTimelineModel::addPage);
    connect(m_service, &client::CustomerService::noteAdded, this, [this](qint64 customerId) {
        m_timeline->clearNote();
        if (customerId == m_current)
            m_service->loadTimeline(m_current);
    });
    connect(m_service, &client::CustomerService::merged, this, [this](qint64 survivorId, qint64) {
        m_messages->showMessage(tr("The duplicate was merged into this customer."));
        if (survivorId == m_current)
            showCustomer(survivorId);
        m_resultsModel->setQuery(m_search->text());
    });
    connect(m_service, &client::CustomerService::exported, this,
            [this](qint64, const QByteArray &data, const QString &) { writeExport(data); });
    connect(m_service, &client::CustomerService::erased, this, [this](qint64 customerId) {
        m_messages->showMessage(tr("The customer's personal data was erased."));
        if (customerId == m_current)
            showCustomer(customerId);
        m_resultsModel->setQuery(m_search->text());
    });
    connect(m_service, &client::CustomerService::failed, this,
            [this](Action action, qint64 customerId, const QString &reason) {
                if (action == Action::Save) {
                    // The form keeps what the user typed, to be corrected and saved again.
                    m_saving = false;
                    m_editor->setBusy(false);
                } else if (action == Action::AddNote) {
                    m_timeline->setNoteBusy(false);
                } else if (action == Action::Export) {
                    m_exportPath.clear();
                }
                if (customerId == m_current || action == Action::Merge)
                    m_messages->showMessage(reason, MessageBar::Kind::Error);
            });
    connect(m_service, &client::CustomerService::customerChanged, this, [this](qint64 id) {
        if (id != m_current || m_saving)
            return;
        if (m_editor->isModified()) {
            m_messages->showMessage(tr("Someone else changed this customer meanwhile; saving "
                                       "replaces their change with yours."),
                                    MessageBar::Kind::Warning);
            return;
        }
        m_service->load(id);
        m_activityTimer->start();
    });
    connect(m_service, &client::CustomerService::customerOrdersChanged, this, [this](qint64 id) {
        if (id == m_current)
            m_activityTimer->start();
    });
}

void CustomersView::showCustomer(qint64 customerId)
{
    if (customerId <= 0)
        return;
    if (customerId != m_current) {
        m_figures->clear();
        m_title->setText(tr("Loading…"));
    }
    m_current = customerId;
    m_saving = false;
    m_pages->setCurrentIndex(1);
    m_timelineModel->reset(customerId);
    m_service->load(customerId);
    refreshActivity();
}

void CustomersView::refreshActivity()
{
    if (m_current <= 0)
        return;
    m_service->loadSummary(m_current);
    // New events come first: the newest page is read again (older pages on request).
    m_service->loadTimeline(m_current);
}

void CustomersView::profileLoaded(const care::CustomerProfile &profile)
{
    if (profile.id != m_current)
        return;
    m_profile = profile;
    if (!m_editor->isModified() || m_saving)
        m_editor->setProfile(profile);
    m_title->setText(profile.name);
    const bool closed = profile.mergedInto.has_value() || profile.erased;
    const QString role = m_session->info().role;
    m_editor->setEditable(client::RolePolicy::mayEditCustomers(role) && !closed);
    m_mergeButton->setEnabled(!closed);
    m_eraseButton->setEnabled(!profile.erased);
    if (profile.mergedInto) {
        m_messages->showMessage(
            tr("This record was merged into customer #%1.").arg(*profile.mergedInto),
            MessageBar::Kind::Warning);
    }
}

void CustomersView::openMerge()
{
    if (m_current <= 0)
        return;
    auto *dialog = new MergeCustomerDialog(m_directory, m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_mergeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const qint64 duplicate = dialog->duplicateId())
            m_service->merge(m_profile.id, duplicate);
    });
    dialog->open();
}

void CustomersView::openErase()
{
    if (m_current <= 0)
        return;
    auto *dialog = new EraseCustomerDialog(m_profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_eraseDialog = dialog;
    const qint64 id = m_current;
    connect(dialog, &QDialog::accepted, this, [this, id] { m_service->erase(id); });
    dialog->open();
}

void CustomersView::chooseExport()
{
    if (m_current <= 0)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customer data"),
                                                      u"customer-%1.json"_s.arg(m_current),
                                                      tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    exportTo(path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? u"csv"_s : u"json"_s, path);
}

void CustomersView::exportTo(const QString &format, const QString &path)
{
    m_exportPath = path;
    m_service->exportData(m_current, format);
}

void CustomersView::writeExport(const QByteArray &data)
{
    const QString path = std::exchange(m_exportPath, QString());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        m_messages->showMessage(
            tr("The export could not be written to %1: %2").arg(path, file.errorString()),
            MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(tr("Exported the customer's data to %1.").arg(path));
}

void CustomersView::openNewTicket()
{
    if (m_current <= 0)
        return;
    const care::CustomerProfile profile = m_editor->profile();
    client::CustomerRecord customer;
    customer.id = m_current;
    customer.name = profile.name;
    customer.email = profile.email;
    customer.phone = profile.phones.isEmpty() ? QString() : profile.phones.first().number;
    customer.language = profile.language;
    auto *service = new client::TicketService(m_session->api());
    auto *dialog = new NewTicketDialog(m_session, service, this);
    service->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCustomer(customer);
    connect(dialog, &NewTicketDialog::opened, this, [this](const care::TicketRecord &ticket) {
        m_messages->showMessage(tr("Ticket %1 is open.").arg(ticket.number));
        refreshActivity();
    });
    dialog->open();
}

void CustomersView::scheduleFollowUp()
{
    if (m_current <= 0)
        return;
    client::FollowUpDraft draft;
    draft.customerId = m_current;
    auto *service = new client::TicketService(m_session->api());
    auto *dialog = FollowUpDialog::forSchedule(service, draft, this);
    service->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FollowUpDialog::saved, this, [this](const care::FollowUpRecord &followUp) {
        m_messages->showMessage(
            tr("Follow-up scheduled for %1.")
                .arg(QLocale().toString(followUp.dueAt.toLocalTime(), QLocale::ShortFormat)));
        refreshActivity();
    });
    dialog->open();
}

} // namespace shopdesk::ui
