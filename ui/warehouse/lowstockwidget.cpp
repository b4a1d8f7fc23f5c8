#include "warehouse/lowstockwidget.h"

#include "client/rowtablemodel.h"
#include "client/warehouseservice.h"
#include "common/messagebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

using Cell = client::TableCell;

} // namespace

LowStockWidget::LowStockWidget(client::WarehouseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new client::RowTableModel<LowStockItem>(
          {{tr("SKU"), [](const LowStockItem &i) { return Cell::text(i.sku); }},
           {tr("Product"), [](const LowStockItem &i) { return Cell::text(i.name); }},
           {tr("Location"), [](const LowStockItem &i) { return Cell::text(i.location); }},
           {tr("On hand"), [](const LowStockItem &i) { return Cell::number(i.onHand); }},
           {tr("Minimum"), [](const LowStockItem &i) { return Cell::number(i.minimum); }},
           {tr("Missing"), [](const LowStockItem &i) { return Cell::number(i.missing); }}},
          this))
    , m_table(new QTableView(this))
    , m_sku(new QLineEdit(this))
    , m_location(new QComboBox(this))
    , m_minimum(new QSpinBox(this))
    , m_set(new QPushButton(tr("Set &minimum"), this))
    , m_messages(new MessageBar(this))
    , m_refreshTimer(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Products below their minimum"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_sku->setPlaceholderText(tr("SKU or EAN"));
    m_minimum->setRange(0, 1000000);
    m_location->addItem(u"main"_s);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);

    auto *row = new QHBoxLayout;
    auto *skuLabel = new QLabel(tr("&Product:"), this);
    skuLabel->setBuddy(m_sku);
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    auto *minimumLabel = new QLabel(tr("M&inimum:"), this);
    minimumLabel->setBuddy(m_minimum);
    row->addWidget(skuLabel);
    row->addWidget(m_sku);
    row->addWidget(locationLabel);
    row->addWidget(m_location);
    row->addWidget(minimumLabel);
    row->addWidget(m_minimum);
    row->addWidget(m_set);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_refreshTimer, &QTimer::timeout, this, &LowStockWidget::refresh);
    connect(m_set, &QPushButton::clicked, this, &LowStockWidget::setMinimum);
    connect(m_sku, &QLineEdit::returnPressed, this, &LowStockWidget::setMinimum);
}

void LowStockWidget::scheduleRefresh()
{
    m_refreshTimer->start();
}

void LowStockWidget::setLocations(const QStringList &names)
{
    const QString current = m_location->currentText();
    m_location->clear();
    m_location->addItems(names);
    if (names.contains(current))
        m_location->setCurrentText(current);
}

void LowStockWidget::refresh()
{
    m_service->lowStock(
        [this, guard = QPointer<LowStockWidget>(this)](const Result<QList<LowStockItem>> &result) {
            if (!guard)
                return;
            if (!result) {
                m_messages->showMessage(
                    tr("Low stock cannot be loaded: %1").arg(result.error().message),
                    MessageBar::Kind::Error);
                return;
            }
            m_model->setRows(result.value());
            QSet<QString> low;
            QStringList fresh;
            for (const LowStockItem &item : result.value()) {
                const QString entry = tr("%1 at %2").arg(item.sku, item.location);
                low.insert(entry);
                if (m_loaded && !m_low.contains(entry))
                    fresh.append(entry);
            }
            m_low = low;
            m_loaded = true;
            if (!fresh.isEmpty()) {
                m_messages->showMessage(tr("Below the minimum now: %1").arg(fresh.join(u", "_s)),
                                        MessageBar::Kind::Warning);
                emit newlyLow(fresh);
            }
            emit refreshed();
        });
}

void LowStockWidget::setMinimum()
{
    const auto product = m_service->findProduct(m_sku->text());
    if (!product) {
        m_messages->showMessage(tr("No product has the SKU or barcode \"%1\".").arg(m_sku->text()),
                                MessageBar::Kind::Warning);
        return;
    }
    m_service->setMinimum(
        product->sku, m_location->currentText(), m_minimum->value(),
        [this, guard = QPointer<LowStockWidget>(this)](const Result<LowStockItem> &result) {
            if (!guard)
                return;
            if (!result) {
                m_messages->showMessage(result.error().message, MessageBar::Kind::Error);
                return;
            }
            m_messages->showMessage(tr("Minimum of %1 at %2 is now %3.")
                                        .arg(result->sku, result->location)
                                        .arg(result->minimum));
            m_sku->clear();
            refresh();
        });
}

} // namespace shopdesk::ui
