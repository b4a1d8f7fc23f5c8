#include "warehouse/batchentrywidget.h"

#include "client/warehouseservice.h"
#include "common/messagebar.h"
#include "warehouse/batchcommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

BatchEntryWidget::BatchEntryWidget(client::WarehouseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new client::BatchLineModel(this))
    , m_undo(new QUndoStack(this))
    , m_kind(new QComboBox(this))
    , m_supplierLabel(new QLabel(tr("&Supplier:"), this))
    , m_supplier(new QLineEdit(this))
    , m_referenceLabel(new QLabel(tr("&Reference:"), this))
    , m_reference(new QLineEdit(this))
    , m_reasonLabel(new QLabel(tr("&Reason:"), this))
    , m_reason(new QComboBox(this))
    , m_locationLabel(new QLabel(tr("&Location:"), this))
    , m_location(new QComboBox(this))
    , m_toLocationLabel(new QLabel(tr("&To location:"), this))
    , m_toLocation(new QComboBox(this))
    , m_scan(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_redoButton(new QPushButton(tr("Re&do"), this))
    , m_removeButton(new QPushButton(tr("Remove l&ine"), this))
    , m_post(new QPushButton(tr("&Post batch"), this))
    , m_messages(new MessageBar(this))
{
    m_kind->addItem(tr("Receive goods"), int(client::BatchKind::Receive));
    m_kind->addItem(tr("Count"), int(client::BatchKind::Count));
    m_kind->addItem(tr("Remove"), int(client::BatchKind::Remove));
    m_kind->addItem(tr("Transfer"), int(client::BatchKind::Transfer));
    // The reason a removal gives the ledger; the note of each line adds detail.
    m_reason->addItem(tr("direct sale"));
    m_reason->addItem(tr("replacement"));
    m_reason->addItem(tr("damage"));
    m_reason->addItem(tr("other"));
    m_supplier->setPlaceholderText(tr("who delivered"));
    m_reference->setPlaceholderText(tr("delivery note or order number"));
    m_scan->setPlaceholderText(tr("Scan or type a SKU or EAN, then Enter"));
    m_scan->setClearButtonEnabled(true);
    m_supplierLabel->setBuddy(m_supplier);
    m_referenceLabel->setBuddy(m_reference);
    m_reasonLabel->setBuddy(m_reason);
    m_locationLabel->setBuddy(m_location);
    m_toLocationLabel->setBuddy(m_toLocation);
    setLocations({u"main"_s});

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Batch lines"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(client::BatchLineModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_model->setEditor([this](int row, const client::BatchLine &after) {
        m_undo->push(new EditLineCommand(m_model, row, after, tr("edit %1").arg(after.sku)));
    });

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&What:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(m_supplierLabel, m_supplier);
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_locationLabel, m_location);
    form->addRow(m_toLocationLabel, m_toLocation);
    auto *scanLabel = new QLabel(tr("S&can:"), this);
    scanLabel->setBuddy(m_scan);
    form->addRow(scanLabel, m_scan);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_post);
    m_post->setDefault(false);
    m_post->setAutoDefault(false);
    m_post->setToolTip(tr("Post the whole batch (Ctrl+Enter)"));
    // As Confirm on the order intake: the batch goes out without leaving the keyboard.
    auto *postKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    postKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(postKey, &QShortcut::activated, this, [this] {
        if (m_post->isEnabled())
            post();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &BatchEntryWidget::kindChosen);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text();
        if (scan(code)) {
            m_scan->clear();
        } else {
            m_messages->showMessage(tr("No product has the SKU or barcode \"%1\".").arg(code),
                                    MessageBar::Kind::Warning);
            m_scan->selectAll();
        }
    });
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_removeButton, &QPushButton::clicked, this, &BatchEntryWidget::removeSelected);
    connect(m_post, &QPushButton::clicked, this, &BatchEntryWidget::post);
    connect(m_undo, &QUndoStack::indexChanged, this, &BatchEntryWidget::updateButtons);
    connect(m_model, &client::BatchLineModel::linesChanged, this, &BatchEntryWidget::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchEntryWidget::updateButtons);
    kindChosen();
    setFocusProxy(m_scan);
}

BatchEntryWidget::~BatchEntryWidget()
{
    // The undo stack outlives this part of the object and says so as it is cleared.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void BatchEntryWidget::setKind(client::BatchKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void BatchEntryWidget::setLocations(const QStringList &names)
{
    for (QComboBox *box : {m_location, m_toLocation}) {
        const QString current = box->currentText();
        box->clear();
        box->addItems(names);
        if (names.contains(current))
            box->setCurrentText(current);
    }
    if (m_toLocation->currentText() == m_location->currentText() && m_toLocation->count() > 1)
        m_toLocation->setCurrentIndex(m_location->currentIndex() == 0 ? 1 : 0);
}

void BatchEntryWidget::kindChosen()
{
    const auto kind = client::BatchKind(m_kind->currentData().toInt());
    m_model->setKind(kind);
    const bool receive = kind == client::BatchKind::Receive;
    const bool transfer = kind == client::BatchKind::Transfer;
    m_supplierLabel->setVisible(receive);
    m_supplier->setVisible(receive);
    m_referenceLabel->setVisible(receive);
    m_reference->setVisible(receive);
    m_reasonLabel->setVisible(kind == client::BatchKind::Remove);
    m_reason->setVisible(kind == client::BatchKind::Remove);
    m_toLocationLabel->setVisible(transfer);
    m_toLocation->setVisible(transfer);
    m_locationLabel->setText(transfer ? tr("&From location:") : tr("&Location:"));
    updateButtons();
}

bool BatchEntryWidget::scan(const QString &code)
{
    const auto product = m_service->findProduct(code);
    if (!product)
        return false;
    const bool transfer = kind() == client::BatchKind::Transfer;
    const QString location = m_location->currentText();
    const QString toLocation = transfer ? m_toLocation->currentText() : QString();
    const int row = m_model->rowOf(product->sku, location, toLocation);
    if (row >= 0) {
        client::BatchLine line = m_model->line(row);
        ++line.quantity;
        m_undo->push(new EditLineCommand(m_model, row, line, tr("scan %1").arg(line.sku)));
        m_table->selectRow(row);
        return true;
    }
    client::BatchLine line;
    line.sku = product->sku;
    line.name = product->name;
    line.quantity = 1;
    line.location = location;
    line.toLocation = toLocation;
    m_undo->push(new AddLineCommand(m_model, m_model->rowCount(), line));
    m_table->selectRow(m_model->rowCount() - 1);
    return true;
}

void BatchEntryWidget::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_undo->push(new RemoveLineCommand(m_model, rows.first().row()));
}

QString BatchEntryWidget::reasonPrefix() const
{
    switch (kind()) {
    case client::BatchKind::Remove:
        return m_reason->currentText();
    case client::BatchKind::Count:
        return tr("count");
    case client::BatchKind::Transfer:
        return tr("transfer");
    case client::BatchKind::Receive:
        return QString();
    }
    return QString();
}

void BatchEntryWidget::post()
{
    if (m_posting || m_model->rowCount() == 0)
        return;
    if (kind() == client::BatchKind::Transfer) {
        for (const client::BatchLine &line : m_model->lines()) {
            if (line.location == line.toLocation) {
                m_messages->showMessage(
                    tr("%1 is moved from %2 to the same location.").arg(line.sku, line.location),
                    MessageBar::Kind::Warning);
                return;
            }
        }
    }
    if (kind() == client::BatchKind::Remove && m_reason->currentIndex() == m_reason->count() - 1) {
        for (const client::BatchLine &line : m_model->lines()) {
            if (line.reason.trimmed().isEmpty()) {
                m_messages->showMessage(
                    tr("Say in each line's note what \"other\" means (%1 has none).").arg(line.sku),
                    MessageBar::Kind::Warning);
                return;
            }
        }
    }
    const bool receive = kind() == client::BatchKind::Receive;
    const QString supplier = receive ? m_supplier->text().trimmed() : QString();
    const QString reference = receive ? m_reference->text().trimmed() : QString();
    m_posting = true;
    updateButtons();
    const qsizetype count = m_model->rowCount();
    m_service->postBatch(m_model->toJson(reasonPrefix()), supplier, reference,
                         [this, guard = QPointer<BatchEntryWidget>(this),
                          count](const Result<QList<StockMovement>> &result) {
                             if (!guard)
                                 return;
                             m_posting = false;
                             if (!result) {
                                 const Error &error = result.error();
                                 const int line = client::WarehouseService::refusedLine(error);
                                 QString text = tr("Nothing was posted: %1").arg(error.message);
                                 if (line >= 0 && line < m_model->rowCount()) {
                                     text = tr("Nothing was posted; line %1 (%2): %3")
                                                .arg(line + 1)
                                                .arg(m_model->line(line).sku, error.message);
                                     m_table->selectRow(line);
                                 }
                                 m_messages->showMessage(text, MessageBar::Kind::Error);
                                 updateButtons();
                                 return;
                             }
                             m_undo->clear();
                             m_model->clear();
                             m_supplier->clear();
                             m_reference->clear();
                             const int movements = int(result->size());
                             m_messages->showMessage(
                                 tr("Posted %n line(s) as %1.", nullptr, int(count))
                                     .arg(tr("%n movement(s)", nullptr, movements)));
                             updateButtons();
                             emit posted();
                         });
}

void BatchEntryWidget::updateButtons()
{
    m_undoButton->setEnabled(m_undo->canUndo() && !m_posting);
    m_redoButton->setEnabled(m_undo->canRedo() && !m_posting);
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection() && !m_posting);
    m_post->setEnabled(m_model->rowCount() > 0 && !m_posting);
    // Every line of a batch is of one kind: the kind is chosen before the first scan.
    m_kind->setEnabled(m_model->rowCount() == 0 && !m_posting);
    m_kind->setToolTip(m_kind->isEnabled() ? QString()
                                           : tr("Post the lines, or remove them, to change this."));
}

} // namespace shopdesk::ui
