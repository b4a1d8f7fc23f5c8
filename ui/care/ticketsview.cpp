#include "care/ticketsview.h"

#include "care/qaqueueview.h"
#include "care/ticketqueueview.h"
#include "care/ticketthreadview.h"

#include "client/care/ticketlistmodel.h"
#include "client/care/ticketservice.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "domain/permissions.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

TicketsView::TicketsView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_service(new client::TicketService(session->api(), this))
    , m_queueModel(new client::TicketListModel(m_service, session->info().username, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"ticketsModule"_s);
    m_tabs->setObjectName(u"ticketsTabs"_s);
    m_queue = new TicketQueueView(session, m_service, m_queueModel, this);
    m_thread = new TicketThreadView(session, m_service, this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_queue);
    split->addWidget(m_thread);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 560});
    m_tabs->addTab(split, tr("&Queue"));
    if (Permissions::allows(session->info().role, Capability::HandleEscalations)) {
        m_qaModel = new client::TicketListModel(m_service, session->info().username, this);
        m_qa = new QaQueueView(session, m_service, m_qaModel, this);
        m_tabs->addTab(m_qa, tr("QA q&ueue"));
        connect(m_qa, &QaQueueView::ticketActivated, this, &TicketsView::showTicket);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_queue, &TicketQueueView::ticketActivated, m_thread, &TicketThreadView::showTicket);
    connect(session->cache()->changes(), &client::LocalCacheChanges::recordsApplied, this,
            [this](const QList<client::ChangeRecord> &records) {
                m_queueModel->applyChanges(records);
                if (m_qaModel)
                    m_qaModel->applyChanges(records);
            });
    // Records bring the whole ticket, thread included: the one shown follows them.
    connect(m_queueModel, &client::TicketListModel::ticketChanged, m_thread,
            &TicketThreadView::follow);
    connect(m_thread, &TicketThreadView::ticketUpdated, this,
            [this](const care::TicketRecord &ticket) {
                m_queueModel->applyTicket(ticket);
                if (m_qaModel)
                    m_qaModel->applyTicket(ticket);
            });
}

void TicketsView::showTicket(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    m_thread->showTicket(id);
}

} // namespace shopdesk::ui
