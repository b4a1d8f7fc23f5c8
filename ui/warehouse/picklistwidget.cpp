#include "warehouse/picklistwidget.h"

#include "client/rowtablemodel.h"
#include "client/warehouseservice.h"
#include "common/messagebar.h"
#include "warehouse/picklistdocument.h"
#include "warehouse/picknotesdelegate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

using Cell = client::TableCell;

} // namespace

PickListWidget::PickListWidget(client::WarehouseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new client::RowTableModel<Row>(
          {{tr("Order"), [](const Row &r) { return Cell::number(r.orderId.value()); }},
           {tr("Customer"), [](const Row &r) { return Cell::text(r.customer); }},
           {tr("Notes"),
            [](const Row &r) { return Cell::text(PickListDocument::oneLine(r.notes)); }},
           {tr("SKU"), [](const Row &r) { return Cell::text(r.line.sku); }},
           {tr("Product"), [](const Row &r) { return Cell::text(r.line.name); }},
           {tr("Units"), [](const Row &r) { return Cell::number(r.line.quantity); }},
           {tr("Pick from"),
            [](const Row &r) { return Cell::text(PickListDocument::pickFrom(r.pick)); }},
           {tr("Stock at risk"), [](const Row &r) { return Cell::flag(r.stockAtRisk); }}},
          this))
    , m_table(new QTableView(this))
    , m_notes(new QLabel(this))
    , m_carrier(new QLineEdit(this))
    , m_tracking(new QLineEdit(this))
    , m_ship(new QPushButton(tr("&Ship order"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_print(new QPushButton(tr("Pr&int…"), this))
    , m_messages(new MessageBar(this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Orders to pick"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Notes share the spare width with the product, one line each; the box below has them whole.
    m_table->horizontalHeader()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(NotesColumn, new PickNotesDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setFrameShape(QFrame::StyledPanel);
    m_notes->setMargin(6);
    m_notes->setAutoFillBackground(true);
    m_notes->setBackgroundRole(QPalette::ToolTipBase);
    m_notes->setForegroundRole(QPalette::ToolTipText);
    QFont bold = m_notes->font();
    bold.setBold(true);
    m_notes->setFont(bold);
    m_notes->hide();
    m_carrier->setPlaceholderText(tr("carrier"));
    m_tracking->setPlaceholderText(tr("tracking number"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addStretch();
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    auto *shipRow = new QHBoxLayout;
    auto *carrierLabel = new QLabel(tr("&Carrier:"), this);
    carrierLabel->setBuddy(m_carrier);
    auto *trackingLabel = new QLabel(tr("&Tracking:"), this);
    trackingLabel->setBuddy(m_tracking);
    shipRow->addWidget(carrierLabel);
    shipRow->addWidget(m_carrier);
    shipRow->addWidget(trackingLabel);
    shipRow->addWidget(m_tracking);
    shipRow->addWidget(m_ship);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addLayout(shipRow);

    connect(m_refresh, &QPushButton::clicked, this, &PickListWidget::refresh);
    connect(m_ship, &QPushButton::clicked, this, &PickListWidget::ship);
    connect(m_pdf, &QPushButton::clicked, this, &PickListWidget::exportChosen);
    connect(m_print, &QPushButton::clicked, this, &PickListWidget::print);
    connect(m_carrier, &QLineEdit::textChanged, this, &PickListWidget::updateButtons);
    connect(m_tracking, &QLineEdit::textChanged, this, &PickListWidget::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PickListWidget::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PickListWidget::showNotes);
    updateButtons();
}

void PickListWidget::refresh()
{
    m_service->pickList(
        [this, guard = QPointer<PickListWidget>(this)](const Result<QList<PickListEntry>> &result) {
            if (!guard)
                return;
            if (!result) {
                m_messages->showMessage(
                    tr("The pick list cannot be loaded: %1").arg(result.error().message),
                    MessageBar::Kind::Error);
                return;
            }
            const qint64 keep = selectedOrder();
            m_orders = result.value();
            QList<Row> rows;
            for (const PickListEntry &entry : std::as_const(m_orders)) {
                for (qsizetype i = 0; i < entry.order.lines.size(); ++i) {
                    rows.append(Row{entry.order.id, entry.customer.name, entry.order.notes,
                                    entry.order.lines.at(i), entry.picking.value(i),
                                    entry.order.stockAtRisk});
                }
            }
            m_model->setRows(std::move(rows));
            if (keep > 0)
                selectOrder(keep);
            updateButtons();
            showNotes();
            emit refreshed();
        });
}

qint64 PickListWidget::selectedOrder() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->row(rows.first().row()).orderId.value();
}

bool PickListWidget::selectOrder(qint64 orderId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).orderId.value() == orderId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

Result<void> PickListWidget::exportPdf(const QString &path) const
{
    return PickListDocument::writePdf(m_orders, path);
}

void PickListWidget::exportChosen()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export pick list"),
                                                      tr("pick-list.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto ok = exportPdf(path); !ok)
        m_messages->showMessage(ok.error().message, MessageBar::Kind::Error);
    else
        m_messages->showMessage(tr("Saved the pick list to %1.").arg(path));
}

void PickListWidget::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> doc(PickListDocument::document(m_orders));
    doc->print(&printer);
}

void PickListWidget::ship()
{
    const qint64 orderId = selectedOrder();
    if (orderId <= 0)
        return;
    const QString carrier = m_carrier->text().trimmed();
    const QString tracking = m_tracking->text().trimmed();
    m_ship->setEnabled(false);
    m_service->ship(
        orderId, carrier, tracking,
        [this, guard = QPointer<PickListWidget>(this), orderId](const Result<Order> &result) {
            if (!guard)
                return;
            if (!result) {
                m_messages->showMessage(
                    tr("Order %1 was not shipped: %2").arg(orderId).arg(result.error().message),
                    MessageBar::Kind::Error);
                updateButtons();
                return;
            }
            m_messages->showMessage(tr("Order %1 shipped.").arg(orderId));
            m_carrier->clear();
            m_tracking->clear();
            emit shipped(orderId);
            refresh();
        });
}

void PickListWidget::updateButtons()
{
    m_ship->setEnabled(selectedOrder() > 0 && !m_carrier->text().trimmed().isEmpty() &&
                       !m_tracking->text().trimmed().isEmpty());
}

void PickListWidget::showNotes()
{
    const qint64 orderId = selectedOrder();
    QString notes;
    for (const PickListEntry &entry : std::as_const(m_orders)) {
        if (entry.order.id.value() == orderId)
            notes = entry.order.notes.trimmed();
    }
    m_notes->setText(notes.isEmpty() ? QString()
                                     : tr("Notes on order %1: %2").arg(orderId).arg(notes));
    m_notes->setAccessibleName(m_notes->text());
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace shopdesk::ui
