#include "warehouse/picklistwidget.h"

#include "common/messagebar.h"
#include "client/jsontablemodel.h"
#include "client/warehouseservice.h"
#include "warehouse/picklistdocument.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
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

PickListWidget::PickListWidget(client::WarehouseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new client::JsonTableModel({{u"order_id"_s, tr("Order")},
                                        {u"customer"_s, tr("Customer")},
                                        {u"sku"_s, tr("SKU")},
                                        {u"name"_s, tr("Product")},
                                        {u"quantity"_s, tr("Units")},
                                        {u"pick_from"_s, tr("Pick from")},
                                        {u"stock_at_risk"_s, tr("Stock at risk")}},
                                       this))
    , m_table(new QTableView(this))
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
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
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
    layout->addLayout(shipRow);

    connect(m_refresh, &QPushButton::clicked, this, &PickListWidget::refresh);
    connect(m_ship, &QPushButton::clicked, this, &PickListWidget::ship);
    connect(m_pdf, &QPushButton::clicked, this, &PickListWidget::exportChosen);
    connect(m_print, &QPushButton::clicked, this, &PickListWidget::print);
    connect(m_carrier, &QLineEdit::textChanged, this, &PickListWidget::updateButtons);
    connect(m_tracking, &QLineEdit::textChanged, this, &PickListWidget::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PickListWidget::updateButtons);
    updateButtons();
}

void PickListWidget::refresh()
{
    m_service->pickList(
        [this, guard = QPointer<PickListWidget>(this)](const Result<QJsonArray> &result) {
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
            // One row per order line; the order's columns repeat so any row selects it.
            QJsonArray rows;
            for (const QJsonValue &value : std::as_const(m_orders)) {
                const QJsonObject order = value.toObject();
                for (const QJsonValue &lineValue : order.value(u"lines"_s).toArray()) {
                    QJsonObject line = lineValue.toObject();
                    QStringList where;
                    for (const QJsonValue &place : line.value(u"locations"_s).toArray())
                        where.append(u"%1 (%2)"_s.arg(place[u"location"_s].toString())
                                         .arg(place[u"on_hand"_s].toInteger()));
                    line.insert(u"order_id"_s, order.value(u"order_id"_s));
                    line.insert(u"customer"_s, order[u"customer"_s][u"name"_s]);
                    line.insert(u"pick_from"_s, where.join(u", "_s));
                    line.insert(u"stock_at_risk"_s, order.value(u"stock_at_risk"_s));
                    rows.append(line);
                }
            }
            m_model->setRows(rows);
            if (keep > 0)
                selectOrder(keep);
            updateButtons();
            emit refreshed();
        });
}

qint64 PickListWidget::selectedOrder() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->row(rows.first().row()).value(u"order_id"_s).toInteger();
}

bool PickListWidget::selectOrder(qint64 orderId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).value(u"order_id"_s).toInteger() == orderId) {
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
        [this, guard = QPointer<PickListWidget>(this), orderId](const Result<QJsonObject> &result) {
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

} // namespace shopdesk::ui
