#include "inbox/inboxview.h"

#include "client/clientsession.h"
#include "client/inbox/conversationlistmodel.h"
#include "client/inbox/inboxcounter.h"
#include "client/inbox/inboxservice.h"
#include "client/inbox/replytemplateservice.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "common/messagebar.h"
#include "domain/permissions.h"
#include "inbox/conversationlistproxy.h"
#include "inbox/conversationview.h"
#include "inbox/replytemplatesview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shopdesk::client::ConversationListModel;

namespace shopdesk::ui {

InboxView::InboxView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(new client::InboxService(session->api(), this))
    , m_templateService(new client::ReplyTemplateService(session->api(), this))
    , m_model(new ConversationListModel(m_service, session->info().username, this))
    , m_counter(new client::InboxCounter(m_service, this))
    , m_proxy(new ConversationListProxy(this))
    , m_filters(new QButtonGroup(this))
    , m_list(new QTableView(this))
    , m_message(new MessageBar(this))
    , m_view(new ConversationView(session, m_service, m_templateService, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"inboxModule"_s);
    // An answered conversation leaving the waiting list stays on the right until another is
    // chosen. Connected before the proxy, so the flag is up when the selection moves on.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_removing = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_removing = false; });
    m_proxy->setSourceModel(m_model);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"inboxSplitter"_s);
    split->setChildrenCollapsible(false);
    // Narrow minimums, so the shell keeps any window size it had: the rows elide instead.
    QWidget *side = makeList();
    side->setMinimumWidth(200);
    m_view->setMinimumWidth(320);
    split->addWidget(side);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_tabs->setObjectName(u"inboxTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("Con&versations"));
    if (Permissions::allows(session->info().role, Capability::ManageReplyTemplates)) {
        m_templates = new ReplyTemplatesView(session, m_tabs);
        m_tabs->addTab(m_templates, tr("Templ&ates"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(session->cache()->changes(), &client::LocalCacheChanges::recordsApplied, this,
            &InboxView::applyRecords);
    connect(m_counter, &client::InboxCounter::waitingChanged, this,
            [this] { emit titleChanged(title()); });
    connect(m_model, &ConversationListModel::loadFailed, this, [this](const QString &reason) {
        m_message->showMessage(tr("The inbox could not be read: %1").arg(reason),
                               MessageBar::Kind::Error);
    });
    connect(m_model, &ConversationListModel::conversationChanged, m_view,
            &ConversationView::conversationChanged);
    connect(m_view, &ConversationView::conversationUpdated, this,
            [this](const inbox::ConversationRecord &conversation) {
                m_model->applyConversation(conversation);
            });
    connect(m_view, &ConversationView::ticketActivated, this, &InboxView::ticketActivated);
    connect(m_view, &ConversationView::orderActivated, this, &InboxView::orderActivated);
    connect(m_view, &ConversationView::customerActivated, this, &InboxView::customerActivated);
    connect(m_view, &ConversationView::orderStartRequested, this, &InboxView::orderStartRequested);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxView::choose);

    setFilter(Filter::Waiting);
    m_counter->reload();
}

QWidget *InboxView::makeList()
{
    auto *side = new QWidget(this);
    auto *bar = new QHBoxLayout;
    const QList<std::pair<Filter, QString>> filters{{Filter::Waiting, tr("&Waiting")},
                                                    {Filter::Open, tr("O&pen")},
                                                    {Filter::Snoozed, tr("S&noozed")},
                                                    {Filter::Done, tr("Don&e")},
                                                    {Filter::Mine, tr("M&ine")}};
    const QStringList names{u"filterWaiting"_s, u"filterOpen"_s, u"filterSnoozed"_s,
                            u"filterDone"_s, u"filterMine"_s};
    for (const auto &[filter, text] : filters) {
        auto *button = new QToolButton(side);
        button->setText(text);
        button->setObjectName(names.at(int(filter)));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_filters->addButton(button, int(filter));
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_filters->setExclusive(true);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });

    m_list->setObjectName(u"conversationList"_s);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(ConversationListModel::SubjectColumn,
                                                     QHeaderView::Stretch);
    m_list->setWordWrap(false);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    return side;
}

void InboxView::setFilter(Filter filter)
{
    m_filter = filter;
    if (QAbstractButton *button = m_filters->button(int(filter)))
        button->setChecked(true);
    client::InboxService::Filter chosen;
    chosen.status = filter == Filter::Snoozed ? u"snoozed"_s
                    : filter == Filter::Done  ? u"done"_s
                                              : u"open"_s;
    chosen.sort = filter == Filter::Waiting ? u"waiting"_s : u"recent"_s;
    if (filter == Filter::Mine)
        chosen.assignee = m_session->info().username;
    m_model->setFilter(chosen);
    // The waiting list reads longest waiting first; the others newest first.
    m_list->sortByColumn(filter == Filter::Waiting ? ConversationListModel::WaitingColumn
                                                   : ConversationListModel::LastMessageColumn,
                         Qt::DescendingOrder);
}

void InboxView::showConversation(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        return;
    }
    m_list->clearSelection();
    m_view->showConversation(id);
}

QString InboxView::title() const
{
    const int waiting = m_counter->waiting();
    return waiting > 0 ? tr("Inbox (%1)").arg(waiting) : tr("Inbox");
}

void InboxView::applyRecords(const QList<client::ChangeRecord> &records)
{
    m_model->applyChanges(records);
    m_counter->applyChanges(records);
}

void InboxView::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    if (m_removing) {
        QMetaObject::invokeMethod(
            this, [this] { m_list->selectionModel()->clear(); }, Qt::QueuedConnection);
        return;
    }
    m_view->showConversation(current.data(ConversationListModel::ConversationIdRole).toLongLong());
}

} // namespace shopdesk::ui
