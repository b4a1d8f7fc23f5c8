#include "care/newticketdialog.h"

#include "common/messagebar.h"

#include "client/care/ticketrefusal.h"
#include "client/care/ticketservice.h"
#include "client/clientsession.h"
#include "client/customerdirectory.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/localorder.h"
#include "domain/care/customermatch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

enum LineColumn { SkuColumn, ProductColumn, OrderedColumn, OnTicketColumn };

QString describe(const client::CustomerRecord &customer)
{
    QStringList parts{customer.name};
    if (!customer.email.isEmpty())
        parts.append(customer.email);
    if (!customer.phone.isEmpty())
        parts.append(customer.phone);
    return parts.join(u" · "_s);
}

} // namespace

NewTicketDialog::NewTicketDialog(client::ClientSession *session, client::TicketService *service,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(service)
    , m_directory(new client::CustomerDirectory(session->cache(), session->api(), this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_chosen(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_order(new QComboBox(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_kind(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_bar(new MessageBar(this))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New ticket"));
    buildForm();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &NewTicketDialog::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the highlighted (or first) match; search first if still typing.
        if (m_searchTimer->isActive() || m_found.isEmpty()) {
            m_searchTimer->stop();
            runSearch();
        }
        if (!m_found.isEmpty())
            pickResult();
    });
    connect(m_results, &QListWidget::itemActivated, this, &NewTicketDialog::pickResult);
    connect(m_directory, &client::CustomerDirectory::searchFinished, this,
            [this](const QString &text, const QList<care::CustomerMatch> &found) {
                QList<client::CustomerRecord> customers;
                for (const care::CustomerMatch &match : found)
                    customers.append(match.customer);
                showResults(text, customers);
            });
    connect(m_order, &QComboBox::currentIndexChanged, this, &NewTicketDialog::fillLines);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->setFocus();
}

void NewTicketDialog::buildForm()
{
    m_search->setObjectName(u"ticketCustomerSearch"_s);
    m_search->setAccessibleName(tr("Customer search"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone or order number, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"ticketCustomerResults"_s);
    m_results->setAccessibleName(tr("Customers found"));
    m_results->setMaximumHeight(110);
    m_results->hide();
    m_chosen->setObjectName(u"ticketCustomer"_s);
    m_chosen->setTextFormat(Qt::PlainText);
    m_chosen->setText(tr("No customer chosen yet."));
    m_order->setObjectName(u"ticketOrder"_s);
    m_order->setAccessibleName(tr("Order"));
    m_order->addItem(tr("No order"), 0);
    m_lines->setObjectName(u"ticketLines"_s);
    m_lines->setAccessibleName(tr("Order lines the ticket is about"));
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Ordered"), tr("On the ticket")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setMaximumHeight(130);
    m_lines->hide();
    m_kind->setObjectName(u"ticketKind"_s);
    for (care::TicketKind kind : care::allTicketKinds())
        m_kind->addItem(care::ticketKindText(kind), int(kind));
    m_channel->setObjectName(u"ticketChannel"_s);
    const QStringList channelTexts{tr("E-mail"), tr("Chat"), tr("Phone"), tr("Web")};
    for (care::TicketChannel channel : care::allTicketChannels())
        m_channel->addItem(channelTexts.value(int(channel)), int(channel));
    m_priority->setObjectName(u"ticketPriority"_s);
    for (care::TicketPriority priority : care::allTicketPriorities())
        m_priority->addItem(care::ticketPriorityText(priority), int(priority));
    m_priority->setCurrentIndex(m_priority->findData(int(care::TicketPriority::Normal)));
    m_subject->setObjectName(u"ticketSubject"_s);
    m_subject->setMaxLength(200);
    m_text->setObjectName(u"ticketText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the customer wrote or said (optional)"));
    auto *open = m_buttons->addButton(tr("&Open ticket"), QDialogButtonBox::AcceptRole);
    open->setObjectName(u"openTicket"_s);
    open->setDefault(false);
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, &NewTicketDialog::submit);
    // Enter belongs to the customer search, never to a button; Ctrl+Enter opens the ticket.
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    open->setToolTip(tr("Ctrl+Enter"));
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &NewTicketDialog::submit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_chosen);
    form->addRow(tr("O&rder"), m_order);
    form->addRow(QString(), m_lines);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Text"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(620, 560);
}

void NewTicketDialog::runSearch()
{
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        m_found.clear();
        m_results->clear();
        m_results->hide();
        return;
    }
    // The cache answers at once; the server's answer follows and replaces it.
    showResults(text, m_directory->searchLocal(text));
    m_directory->search(text);
}

void NewTicketDialog::showResults(const QString &text, const QList<client::CustomerRecord> &found)
{
    if (text != m_search->text())
        return;
    m_found = found;
    m_results->clear();
    for (const client::CustomerRecord &customer : found)
        m_results->addItem(describe(customer));
    if (found.isEmpty())
        m_results->addItem(tr("No customer matches \"%1\".").arg(text.trimmed()));
    m_results->setVisible(true);
    if (!found.isEmpty())
        m_results->setCurrentRow(0);
}

void NewTicketDialog::pickResult()
{
    const int row = std::max(m_results->currentRow(), 0);
    if (row >= m_found.size())
        return;
    m_directory->cancelSearch();
    setCustomer(m_found.at(row));
    m_results->hide();
    m_order->setFocus();
}

void NewTicketDialog::setCustomer(const client::CustomerRecord &customer)
{
    m_customer = customer;
    m_chosen->setText(describe(customer));
    fillOrders();
}

void NewTicketDialog::setOrder(qint64 orderId)
{
    const auto order = m_session->cache()->queries()->orderByServerId(orderId);
    if (order && (!m_customer || m_customer->id != order->order.customerId.value())) {
        const auto customer =
            m_session->cache()->queries()->customer(order->order.customerId.value());
        if (customer)
            setCustomer(*customer);
    }
    const int index = m_order->findData(orderId);
    if (index >= 0) {
        m_order->setCurrentIndex(index);
        // Customer and order are chosen: the subject is what is left to type.
        m_subject->setFocus();
    }
}

void NewTicketDialog::fillOrders()
{
    const QSignalBlocker blocker(m_order);
    m_order->clear();
    m_order->addItem(tr("No order"), 0);
    if (m_customer) {
        for (const client::LocalOrder &order : m_session->cache()->queries()->orders()) {
            if (!order.isConfirmed() || order.order.customerId.value() != m_customer->id)
                continue;
            const QString created =
                QLocale().toString(order.order.createdAt.toLocalTime(), QLocale::ShortFormat);
            m_order->addItem(tr("Order #%1 of %2").arg(order.serverId()).arg(created),
                             order.serverId());
        }
    }
    fillLines();
}

void NewTicketDialog::fillLines()
{
    m_lines->setRowCount(0);
    const qint64 orderId = m_order->currentData().toLongLong();
    const auto order =
        orderId > 0 ? m_session->cache()->queries()->orderByServerId(orderId) : std::nullopt;
    m_lines->setVisible(order.has_value());
    if (!order)
        return;
    for (const OrderLine &line : order->order.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, SkuColumn, new QTableWidgetItem(line.sku));
        m_lines->setItem(row, ProductColumn, new QTableWidgetItem(line.name));
        m_lines->setItem(row, OrderedColumn, new QTableWidgetItem(QString::number(line.quantity)));
        auto *onTicket = new QSpinBox(m_lines);
        onTicket->setRange(0, int(line.quantity));
        onTicket->setAccessibleName(tr("Units of %1 on the ticket").arg(line.sku));
        m_lines->setCellWidget(row, OnTicketColumn, onTicket);
    }
}

client::TicketDraft NewTicketDialog::draft() const
{
    client::TicketDraft draft;
    draft.kind = care::TicketKind(m_kind->currentData().toInt());
    draft.customerId = m_customer ? m_customer->id : 0;
    draft.subject = m_subject->text().trimmed();
    draft.channel = care::TicketChannel(m_channel->currentData().toInt());
    draft.priority = care::TicketPriority(m_priority->currentData().toInt());
    draft.orderId = m_order->currentData().toLongLong();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *spin = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, OnTicketColumn));
        if (spin && spin->value() > 0)
            draft.lines.append({m_lines->item(row, SkuColumn)->text(), spin->value()});
    }
    draft.text = m_text->toPlainText().trimmed();
    return draft;
}

void NewTicketDialog::submit()
{
    const client::TicketDraft ticket = draft();
    if (ticket.customerId <= 0) {
        m_bar->showMessage(tr("Choose the customer first."), MessageBar::Kind::Error);
        m_search->setFocus();
        return;
    }
    if (ticket.subject.isEmpty()) {
        m_bar->showMessage(tr("Give the ticket a subject."), MessageBar::Kind::Error);
        m_subject->setFocus();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<NewTicketDialog> self(this);
    m_service->open(ticket, [self](const Result<care::TicketRecord> &result) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!result) {
            self->m_bar->showMessage(client::TicketRefusal::describe(result.error()),
                                     MessageBar::Kind::Error);
            return;
        }
        emit self->opened(result.value());
        self->accept();
    });
}

} // namespace shopdesk::ui
