#include "warehouse/returnreceivingwidget.h"

#include "client/errortext.h"
#include "client/returns/returnservice.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

enum Column {
    SkuColumn,
    NameColumn,
    ExpectedColumn,
    RestockColumn,
    WriteOffColumn,
    LocationColumn
};

QSpinBox *spinAt(QTableWidget *table, int row, int column)
{
    return qobject_cast<QSpinBox *>(table->cellWidget(row, column));
}

} // namespace

ReturnReceivingWidget::ReturnReceivingWidget(client::ReturnService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_scan(new QLineEdit(this))
    , m_waiting(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_lines(new QTableWidget(0, 6, this))
    , m_receive(new QPushButton(tr("&Receive"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"returnReceiving"_s);
    m_scan->setObjectName(u"returnScan"_s);
    m_scan->setPlaceholderText(tr("Scan or type a return (R-17) or order number, then a "
                                  "product per unit, each with Enter"));
    m_scan->setClearButtonEnabled(true);
    m_waiting->setObjectName(u"returnsWaiting"_s);
    m_waiting->setHeaderLabels({tr("Return"), tr("Order"), tr("Customer"), tr("Units")});
    m_waiting->setRootIsDecorated(false);
    m_waiting->setAccessibleName(tr("Approved returns waiting"));
    m_title->setObjectName(u"receivingTitle"_s);
    m_lines->setObjectName(u"receivingLines"_s);
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Expected"), tr("Restock"), tr("Write off"), tr("Location")});
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setAccessibleName(tr("Units received per line"));
    m_receive->setObjectName(u"receiveReturn"_s);
    m_receive->setEnabled(false);
    m_message->setObjectName(u"receivingMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *scanLabel = new QLabel(tr("S&can:"), this);
    scanLabel->setBuddy(m_scan);
    form->addRow(scanLabel, m_scan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_waiting, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_receive, 0, Qt::AlignRight);
    layout->addWidget(m_message);
    setFocusProxy(m_scan);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text().trimmed();
        m_scan->clear();
        if (!code.isEmpty())
            scan(code);
    });
    connect(m_waiting, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        for (const returns::ReturnRecord &ret : std::as_const(m_approved)) {
            if (ret.id == id)
                open(ret);
        }
    });
    connect(m_receive, &QPushButton::clicked, this, &ReturnReceivingWidget::receive);
    reload();
}

void ReturnReceivingWidget::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
}

void ReturnReceivingWidget::reload()
{
    QPointer<ReturnReceivingWidget> self(this);
    m_service->list(u"approved"_s, [self](const Result<QList<returns::ReturnRecord>> &answer) {
        if (!self)
            return;
        if (!answer)
            return self->say(client::ErrorText::describe(answer.error()), true);
        self->m_approved = answer.value();
        self->m_waiting->clear();
        for (const returns::ReturnRecord &ret : std::as_const(self->m_approved)) {
            qint64 units = 0;
            for (const returns::ReturnLine &line : ret.lines)
                units += line.quantity;
            auto *item =
                new QTreeWidgetItem(self->m_waiting, {ret.number, u"#%1"_s.arg(ret.orderId),
                                                      ret.customerName, QString::number(units)});
            item->setData(0, Qt::UserRole, ret.id);
        }
    });
}

void ReturnReceivingWidget::scan(const QString &code)
{
    if (m_open) {
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            if (m_lines->item(row, SkuColumn)->text().compare(code, Qt::CaseInsensitive) != 0)
                continue;
            QSpinBox *restock = spinAt(m_lines, row, RestockColumn);
            QSpinBox *writeOff = spinAt(m_lines, row, WriteOffColumn);
            if (restock->value() + writeOff->value() >= restock->maximum()) {
                return say(
                    tr("All %1 units of %2 are counted already.").arg(restock->maximum()).arg(code),
                    true);
            }
            restock->setValue(restock->value() + 1);
            return say(tr("%1: %2 restocked.").arg(code).arg(restock->value()), false);
        }
    }
    // R-17, or the number of the order it returns.
    QString number = code;
    const bool isReturn = number.startsWith(u"R-"_s, Qt::CaseInsensitive);
    if (isReturn)
        number = number.mid(2);
    bool ok = false;
    const qint64 id = number.toLongLong(&ok);
    if (ok) {
        for (const returns::ReturnRecord &ret : std::as_const(m_approved)) {
            if ((isReturn && ret.id == id) || (!isReturn && (ret.id == id || ret.orderId == id)))
                return open(ret);
        }
    }
    say(m_open ? tr("%1 is not on %2 and no approved return has that number.")
                     .arg(code, m_open->number)
               : tr("No approved return has the number %1.").arg(code),
        true);
}

void ReturnReceivingWidget::open(const returns::ReturnRecord &ret)
{
    m_open = ret;
    m_title->setText(
        tr("%1 — order #%2, %3").arg(ret.number).arg(ret.orderId).arg(ret.customerName));
    m_lines->setRowCount(int(ret.lines.size()));
    for (int row = 0; row < ret.lines.size(); ++row) {
        const returns::ReturnLine &line = ret.lines[row];
        auto *sku = new QTableWidgetItem(line.sku);
        sku->setFlags(sku->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(row, SkuColumn, sku);
        auto *name = new QTableWidgetItem(line.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(row, NameColumn, name);
        auto *expected = new QTableWidgetItem(QString::number(line.quantity));
        expected->setFlags(expected->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(row, ExpectedColumn, expected);
        for (int column : {RestockColumn, WriteOffColumn}) {
            auto *spin = new QSpinBox(m_lines);
            spin->setRange(0, int(qMin<qint64>(line.quantity, 1000000)));
            m_lines->setCellWidget(row, column, spin);
        }
        m_lines->setItem(row, LocationColumn, new QTableWidgetItem(u"main"_s));
    }
    m_receive->setEnabled(true);
    say(tr("Scan each unit, or type the counts; then Receive."), false);
}

void ReturnReceivingWidget::receive()
{
    if (!m_open)
        return;
    QList<client::ReceiptDraftLine> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        lines.append({m_lines->item(row, SkuColumn)->text(),
                      spinAt(m_lines, row, RestockColumn)->value(),
                      spinAt(m_lines, row, WriteOffColumn)->value(),
                      m_lines->item(row, LocationColumn)->text().trimmed()});
    }
    m_receive->setEnabled(false);
    QPointer<ReturnReceivingWidget> self(this);
    m_service->receive(m_open->id, lines, [self](const Result<returns::ReturnRecord> &answer) {
        if (!self)
            return;
        self->m_receive->setEnabled(true);
        if (!answer)
            return self->say(client::ErrorText::describe(answer.error()), true);
        self->m_open.reset();
        self->m_lines->setRowCount(0);
        self->m_title->clear();
        self->m_receive->setEnabled(false);
        self->say(tr("%1 is received.").arg(answer->number), false);
        emit self->received(answer.value());
        self->reload();
    });
}

} // namespace shopdesk::ui
