#include "orders/orderintakewidget.h"

#include "common/themecolors.h"

#include "client/clientsession.h"
#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"
#include "client/ordertext.h"
#include "client/producttablemodel.h"
#include "client/syncengine.h"
#include "domain/paymentmethod.h"
#include "orders/customerpanel.h"
#include "orders/orderlinesmodel.h"
#include "orders/paymentlinkbox.h"
#include "products/productfilterproxymodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString countdownText(qint64 seconds)
{
    if (seconds >= 3600) {
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
            .arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

OrderIntakeWidget::OrderIntakeWidget(client::ClientSession *session,
                                     client::ProductTableModel *products,
                                     client::CustomerDirectory *directory,
                                     client::OrdersService *service, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_products(products)
    , m_service(service)
    , m_customer(new CustomerPanel(directory, this))
    , m_productField(new QLineEdit(this))
    , m_matchModel(new ProductFilterProxyModel(this))
    , m_matches(new QTableView(this))
    , m_lines(new OrderLinesModel(session->cache(), this))
    , m_linesView(new QTableView(this))
    , m_removeLine(new QPushButton(tr("&Remove line"), this))
    , m_stockWarning(new QLabel(this))
    , m_total(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_payment(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_confirm(new QPushButton(tr("Con&firm order"), this))
    , m_newOrder(new QPushButton(tr("Ne&xt order"), this))
    , m_productMessage(new QLabel(this))
    , m_status(new QLabel(this))
    , m_link(new PaymentLinkBox(service, this))
    , m_countdown(new QTimer(this))
{
    setObjectName(u"orderIntake"_s);

    m_productField->setObjectName(u"productEntry"_s);
    m_productField->setAccessibleName(tr("Add product"));
    m_productField->setPlaceholderText(tr("SKU, barcode or product name — Enter adds it"));
    m_productField->setClearButtonEnabled(true);
    m_productField->installEventFilter(this);
    m_matchModel->setProductModel(products);
    m_matches->setObjectName(u"productMatches"_s);
    m_matches->setAccessibleName(tr("Matching products"));
    m_matches->setModel(m_matchModel);
    m_matches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matches->verticalHeader()->hide();
    m_matches->verticalHeader()->setDefaultSectionSize(22);
    m_matches->horizontalHeader()->setStretchLastSection(false);
    m_matches->horizontalHeader()->setSectionResizeMode(client::ProductTableModel::NameColumn,
                                                        QHeaderView::Stretch);
    for (int c : {int(client::ProductTableModel::CategoryColumn),
                  int(client::ProductTableModel::OnHandColumn),
                  int(client::ProductTableModel::ReservedColumn)})
        m_matches->setColumnHidden(c, true);
    m_matches->setMaximumHeight(140);
    m_matches->hide();
    m_productMessage->setObjectName(u"productMessage"_s);
    m_productMessage->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));
    m_productMessage->hide();

    m_linesView->setObjectName(u"orderLines"_s);
    m_linesView->setAccessibleName(tr("Order lines"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_linesView->verticalHeader()->hide();
    // A handful of lines: the columns fit their words in every language, the name takes the
    // rest.
    m_linesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->horizontalHeader()->setSectionResizeMode(OrderLinesModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_removeLine->setObjectName(u"removeLine"_s);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_linesView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_removeLine, &QPushButton::click);
    connect(m_removeLine, &QPushButton::clicked, this,
            [this] { m_lines->removeLine(m_linesView->currentIndex().row()); });

    m_stockWarning->setObjectName(u"stockWarning"_s);
    m_stockWarning->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()) +
                                  u" font-weight: bold;"_s);
    m_stockWarning->setWordWrap(true);
    m_stockWarning->hide();
    m_total->setObjectName(u"orderTotal"_s);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);

    m_channel->setObjectName(u"orderChannel"_s);
    for (const QString &channel : client::OrderText::channels())
        m_channel->addItem(client::OrderText::channel(channel), channel);
    m_channel->setCurrentIndex(m_channel->findData(u"phone"_s));
    m_payment->setObjectName(u"paymentMethod"_s);
    for (PaymentMethod method : allPaymentMethods())
        m_payment->addItem(paymentMethodDisplayName(method), paymentMethodName(method));
    m_notes->setObjectName(u"orderNotes"_s);
    m_notes->setPlaceholderText(tr("Notes for the warehouse and colleagues (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);

    m_confirm->setObjectName(u"confirmOrder"_s);
    m_confirm->setDefault(false);
    m_confirm->setAutoDefault(false);
    m_confirm->setToolTip(tr("Reserve the order on the server (Ctrl+Enter)"));
    m_newOrder->setObjectName(u"nextOrder"_s);
    m_status->setObjectName(u"orderStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    // Layout: customer on the left, lines on the right, the order's terms and Confirm below.
    auto *customerBox = new QGroupBox(tr("Customer"), this);
    auto *customerLayout = new QVBoxLayout(customerBox);
    customerLayout->addWidget(m_customer);
    customerLayout->addStretch();

    auto *linesBox = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_productField);
    linesLayout->addWidget(m_matches);
    linesLayout->addWidget(m_productMessage);
    linesLayout->addWidget(m_linesView, 1);
    auto *underLines = new QHBoxLayout;
    underLines->addWidget(m_removeLine);
    underLines->addStretch();
    underLines->addWidget(m_total);
    linesLayout->addLayout(underLines);
    linesLayout->addWidget(m_stockWarning);

    auto *top = new QHBoxLayout;
    top->addWidget(customerBox, 2);
    top->addWidget(linesBox, 3);

    auto *terms = new QFormLayout;
    terms->addRow(tr("C&hannel"), m_channel);
    terms->addRow(tr("&Payment"), m_payment);
    terms->addRow(tr("No&tes"), m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_newOrder);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(terms);
    layout->addWidget(m_link);
    layout->addLayout(buttons);

    connect(m_productField, &QLineEdit::textChanged, this, &OrderIntakeWidget::updateMatches);
    connect(m_productField, &QLineEdit::returnPressed, this,
            [this] { addFromText(m_productField->text()); });
    connect(m_matches, &QTableView::activated, this, [this](const QModelIndex &index) {
        addFromText(index.siblingAtColumn(client::ProductTableModel::SkuColumn).data().toString());
        m_productField->setFocus();
    });
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderIntakeWidget::updateState);
    connect(m_customer, &CustomerPanel::customerChanged, this, &OrderIntakeWidget::updateState);
    connect(m_confirm, &QPushButton::clicked, this, &OrderIntakeWidget::confirm);
    auto *confirmKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirmKey, &QShortcut::activated, this, [this] {
        if (m_confirm->isEnabled())
            confirm();
    });
    connect(m_newOrder, &QPushButton::clicked, this, &OrderIntakeWidget::startNewOrder);
    connect(session->cache(), &client::LocalCache::orderChanged, this, [this](qint64 localId) {
        if (localId == m_localId)
            showOrderState();
    });
    connect(session->engine(), &client::SyncEngine::stateChanged, this,
            &OrderIntakeWidget::showOrderState);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &OrderIntakeWidget::showOrderState);

    setTabOrder(m_customer->searchField(), m_productField);
    // Jumps to the two fields an order starts from, wherever the focus is.
    const auto jump = [this](QKeySequence key, QLineEdit *field) {
        connect(new QShortcut(key, this), &QShortcut::activated, field, [field] {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        });
    };
    jump(QKeySequence(Qt::ALT | Qt::Key_C), m_customer->searchField());
    jump(QKeySequence(Qt::ALT | Qt::Key_I), m_productField);
    m_customer->searchField()->setToolTip(tr("Find the customer (Alt+C)"));
    m_productField->setToolTip(tr("Add a product (Alt+I)"));
    updateState();
}

bool OrderIntakeWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_productField && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_matches->isVisible()) {
        m_matches->setFocus();
        if (!m_matches->currentIndex().isValid())
            m_matches->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OrderIntakeWidget::updateMatches(const QString &text)
{
    m_productMessage->hide();
    const QString trimmed = text.trimmed();
    m_matchModel->setSearchText(trimmed);
    m_matches->setVisible(!trimmed.isEmpty() && m_matchModel->rowCount() > 0);
    if (m_matches->isVisible())
        m_matches->selectRow(0);
}

bool OrderIntakeWidget::addFromText(const QString &text)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return false;
    client::LocalCache *cache = m_session->cache();
    std::optional<client::ProductRecord> product = cache->queries()->product(code);
    if (!product)
        product = cache->queries()->product(code.toUpper());
    if (!product)
        product = cache->queries()->productByBarcode(code);
    if (!product && m_matchModel->searchText() == code && m_matchModel->rowCount() > 0) {
        // Not a code: the highlighted search match, the first one by default.
        QModelIndex current = m_matches->currentIndex();
        if (!current.isValid())
            current = m_matchModel->index(0, 0);
        product = cache->queries()->product(
            current.siblingAtColumn(client::ProductTableModel::SkuColumn).data().toString());
    }
    if (!product) {
        m_productMessage->setText(tr("No product has the SKU or barcode \"%1\".").arg(code));
        m_productMessage->show();
        return false;
    }
    if (product->archived) {
        m_productMessage->setText(
            tr("%1 is archived and can no longer be ordered.").arg(product->sku));
        m_productMessage->show();
        return false;
    }
    m_lines->addProduct(*product);
    m_productField->clear();
    m_matches->hide();
    const int row = int(m_lines->lines().size()) - 1;
    for (int r = 0; r <= row; ++r) {
        if (m_lines->index(r, OrderLinesModel::SkuColumn).data().toString() == product->sku)
            m_linesView->selectRow(r);
    }
    m_productField->setFocus();
    return true;
}

std::optional<client::LocalOrder> OrderIntakeWidget::currentLocalOrder() const
{
    if (m_localId <= 0)
        return std::nullopt;
    return m_session->cache()->queries()->order(m_localId);
}

void OrderIntakeWidget::updateState()
{
    const QStringList shortages = m_lines->shortages();
    m_stockWarning->setText(shortages.join(u'\n'));
    m_stockWarning->setVisible(!shortages.isEmpty());
    if (const auto total = m_lines->total())
        m_total->setText(tr("Total: %1").arg(total->format()));
    else
        m_total->setText(m_lines->isEmpty() ? tr("No lines yet") : QString());

    const auto order = currentLocalOrder();
    const bool open = !order || order->order.status == OrderStatus::Refused;
    QString why;
    if (!m_customer->customer())
        why = tr("Choose or create the customer first.");
    else if (m_lines->isEmpty())
        why = tr("Add at least one line.");
    else if (!shortages.isEmpty())
        why = tr("A line asks for more than is available.");
    m_confirm->setEnabled(open && why.isEmpty());
    m_confirm->setToolTip(why.isEmpty() ? tr("Reserve the order on the server (Ctrl+Enter)") : why);
}

void OrderIntakeWidget::setFormLocked(bool locked)
{
    // What was sent stays readable; only what would change it is switched off.
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_customer->searchField(), m_customer->newCustomerButton(), m_productField,
             m_removeLine, m_channel, m_payment})
        w->setEnabled(!locked);
    m_notes->setReadOnly(locked);
    m_linesView->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                        : QAbstractItemView::DoubleClicked |
                                              QAbstractItemView::EditKeyPressed |
                                              QAbstractItemView::AnyKeyPressed);
}

void OrderIntakeWidget::confirm()
{
    updateState();
    if (!m_confirm->isEnabled())
        return;
    client::OrderDraft draft;
    draft.customerId = m_customer->customer()->id;
    draft.channel = m_channel->currentData().toString();
    draft.paymentMethod = m_payment->currentData().toString();
    draft.lines = m_lines->lines();
    draft.notes = m_notes->toPlainText().trimmed();
    const auto queued = m_session->engine()->queueOrder(draft);
    if (!queued) {
        m_status->setText(queued.error().message);
        m_status->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));
        m_status->show();
        return;
    }
    const auto item = m_session->cache()->outbox()->item(queued.value());
    m_localId = item ? item->orderLocalId : 0;
    setFormLocked(true);
    showOrderState();
    emit orderQueued(m_localId);
}

void OrderIntakeWidget::showOrderState()
{
    const auto order = currentLocalOrder();
    if (!order) {
        m_countdown->stop();
        m_link->setOrder(0, {});
        updateState();
        return;
    }
    m_status->show();
    QString text;
    Tone tone = Tone::Information;
    m_countdown->stop();
    const OrderStatus status = order->order.status;
    if (status == OrderStatus::Queued) {
        const bool live = m_session->engine()->state() == client::SyncEngine::State::Live;
        text = live ? tr("Queued — not confirmed. Sending it to the server…")
                    : tr("Queued — not confirmed. The server cannot be reached; the order goes "
                         "to it as soon as the connection is back.");
        tone = Tone::Warning;
    } else if (status == OrderStatus::Refused) {
        text = tr("Not confirmed — the server refused the order: %1")
                   .arg(client::ErrorText::describe(order->refusal));
        tone = Tone::Error;
        setFormLocked(false);
    } else if (status == OrderStatus::Reserved) {
        const QDateTime &expires = order->order.reservationExpiresAt;
        if (expires.isValid()) {
            const qint64 left =
                std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires));
            text = tr("Reserved — order #%1. The reservation expires in %2.")
                       .arg(order->serverId())
                       .arg(countdownText(left));
            m_countdown->start();
        } else {
            text = tr("Reserved — order #%1. The units are held until shipment.")
                       .arg(order->serverId());
        }
        tone = Tone::Success;
    } else {
        text = tr("Order #%1: %2").arg(order->serverId()).arg(client::OrderText::status(status));
        tone = Tone::Information;
    }
    m_status->setText(text);
    m_status->setStyleSheet(toneStyleSheet(tone, palette(), u"QLabel"_s) +
                            u" QLabel { padding: 6px; }"_s);
    m_link->setOrder(order->serverId(), order->order.paymentLink);
    updateState();
}

void OrderIntakeWidget::startNewOrder()
{
    m_localId = 0;
    m_countdown->stop();
    m_customer->clear();
    m_lines->clear();
    m_productField->clear();
    m_notes->clear();
    m_status->clear();
    m_status->hide();
    m_productMessage->hide();
    m_link->setOrder(0, {});
    setFormLocked(false);
    updateState();
    m_customer->searchField()->setFocus();
}

} // namespace shopdesk::ui
