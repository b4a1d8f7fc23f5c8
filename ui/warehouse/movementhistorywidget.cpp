#include "warehouse/movementhistorywidget.h"

#include "client/movementtext.h"
#include "client/rowtablemodel.h"
#include "client/warehouseservice.h"
#include "common/messagebar.h"
#include "trends/tablecsvwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

using Cell = client::TableCell;

} // namespace

MovementHistoryWidget::MovementHistoryWidget(client::WarehouseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new client::RowTableModel<StockMovement>(
          {{tr("When"), [](const StockMovement &m) { return Cell::time(m.at); }},
           {tr("SKU"), [](const StockMovement &m) { return Cell::text(m.sku); }},
           {tr("Kind"),
            [](const StockMovement &m) {
                return Cell::code(movementKindName(m.kind), client::MovementText::kind(m.kind));
            }},
           {tr("Units"), [](const StockMovement &m) { return Cell::number(m.quantity); }},
           {tr("Location"), [](const StockMovement &m) { return Cell::text(m.location); }},
           {tr("Reason"), [](const StockMovement &m) { return Cell::text(m.reason); }},
           {tr("Order"),
            [](const StockMovement &m) {
                return m.orderId.isValid() ? Cell::number(m.orderId.value()) : Cell::empty();
            }},
           {tr("User"), [](const StockMovement &m) { return Cell::text(m.user); }}},
          this))
    , m_table(new QTableView(this))
    , m_product(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_useTo(new QCheckBox(tr("&To:"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_apply(new QPushButton(tr("&Show"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_messages(new MessageBar(this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Stock movements"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_kind->addItem(tr("All kinds"), QString());
    for (MovementKind kind : allMovementKinds())
        m_kind->addItem(client::MovementText::kind(kind), movementKindName(kind));
    m_product->setPlaceholderText(tr("SKU or EAN"));
    m_location->setPlaceholderText(tr("any location"));
    m_user->setPlaceholderText(tr("any user"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);

    auto *filters = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Product:"), m_product), 0, 0);
    filters->addWidget(m_product, 0, 1);
    filters->addWidget(label(tr("&Kind:"), m_kind), 0, 2);
    filters->addWidget(m_kind, 0, 3);
    filters->addWidget(label(tr("&Location:"), m_location), 0, 4);
    filters->addWidget(m_location, 0, 5);
    filters->addWidget(label(tr("&User:"), m_user), 1, 0);
    filters->addWidget(m_user, 1, 1);
    filters->addWidget(m_useFrom, 1, 2);
    filters->addWidget(m_from, 1, 3);
    filters->addWidget(m_useTo, 1, 4);
    filters->addWidget(m_to, 1, 5);
    filters->addWidget(m_apply, 0, 6);
    filters->addWidget(m_csv, 1, 6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_apply, &QPushButton::clicked, this, &MovementHistoryWidget::refresh);
    for (QLineEdit *field : {m_product, m_location, m_user})
        connect(field, &QLineEdit::returnPressed, this, &MovementHistoryWidget::refresh);
    connect(m_csv, &QPushButton::clicked, this, &MovementHistoryWidget::exportChosen);
}

client::MovementFilter MovementHistoryWidget::filter() const
{
    client::MovementFilter filter;
    const QString product = m_product->text().trimmed();
    if (!product.isEmpty()) {
        const auto found = m_service->findProduct(product);
        filter.sku = found ? found->sku : product;
    }
    filter.kind = m_kind->currentData().toString();
    filter.location = m_location->text().trimmed();
    filter.user = m_user->text().trimmed();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    return filter;
}

void MovementHistoryWidget::refresh()
{
    m_apply->setEnabled(false);
    m_service->movements(filter(), [this, guard = QPointer<MovementHistoryWidget>(this)](
                                       const Result<QList<StockMovement>> &result) {
        if (!guard)
            return;
        m_apply->setEnabled(true);
        if (!result) {
            m_messages->showMessage(
                tr("The history cannot be loaded: %1").arg(result.error().message),
                MessageBar::Kind::Error);
            return;
        }
        // Newest first.
        QList<StockMovement> rows = result.value();
        std::reverse(rows.begin(), rows.end());
        m_model->setRows(std::move(rows));
        m_table->resizeColumnToContents(0);
        emit refreshed();
    });
}

Result<void> MovementHistoryWidget::exportCsv(const QString &path) const
{
    return TableCsvWriter::writeFile(*m_model, path, Qt::EditRole);
}

void MovementHistoryWidget::exportChosen()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export movements"),
                                                      tr("movements.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto ok = exportCsv(path); !ok)
        m_messages->showMessage(ok.error().message, MessageBar::Kind::Error);
    else
        m_messages->showMessage(
            tr("Saved %n movement(s) to %1.", nullptr, m_model->rowCount()).arg(path));
}

} // namespace shopdesk::ui
