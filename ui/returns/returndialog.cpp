#include "returns/returndialog.h"

#include "client/clientsession.h"
#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/returns/returnservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

enum Column { SkuColumn, NameColumn, OrderedColumn, ReturnColumn };

} // namespace

ReturnDialog::ReturnDialog(client::ReturnService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_approve(new QCheckBox(tr("&Approve now and send the customer the instructions"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"returnDialog"_s);
    setWindowTitle(tr("Start a return"));
    m_lines->setObjectName(u"returnLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Ordered"), tr("Return")});
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setAccessibleName(tr("Lines to return"));
    m_reason->setObjectName(u"returnReason"_s);
    for (returns::ReturnReason reason : returns::allReturnReasons())
        m_reason->addItem(returns::returnReasonText(reason), returns::returnReasonName(reason));
    m_note->setObjectName(u"returnNote"_s);
    m_note->setPlaceholderText(tr("What the customer said (optional)"));
    m_note->setMaximumHeight(80);
    m_approve->setObjectName(u"returnApprove"_s);
    m_approve->setChecked(true);
    m_message->setObjectName(u"returnMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start return"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"startReturn"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_approve);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReturnDialog *ReturnDialog::start(client::ClientSession *session, qint64 orderId, qint64 ticketId,
                                  QWidget *parent)
{
    auto *service = new client::ReturnService(session->api());
    auto *dialog = new ReturnDialog(service, parent);
    service->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<Candidate> lines;
    if (const auto order = session->cache()->queries()->orderByServerId(orderId)) {
        for (const OrderLine &line : order->order.lines)
            lines.append({line.sku, line.name, line.quantity});
    }
    dialog->setOrder(orderId, lines, ticketId);
    dialog->open();
    return dialog;
}

void ReturnDialog::setOrder(qint64 orderId, const QList<Candidate> &lines, qint64 ticketId)
{
    m_orderId = orderId;
    m_ticketId = ticketId;
    m_title->setText(ticketId > 0
                         ? tr("Return of order #%1 for ticket T-%2").arg(orderId).arg(ticketId)
                         : tr("Return of order #%1").arg(orderId));
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Candidate &line = lines[row];
        m_lines->setItem(row, SkuColumn, new QTableWidgetItem(line.sku));
        m_lines->setItem(row, NameColumn, new QTableWidgetItem(line.name));
        auto *ordered = new QTableWidgetItem(QString::number(line.quantity));
        ordered->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, OrderedColumn, ordered);
        auto *spin = new QSpinBox(m_lines);
        spin->setRange(0, int(qMin<qint64>(line.quantity, 1000000)));
        spin->setAccessibleName(tr("Units of %1 to return").arg(line.sku));
        m_lines->setCellWidget(row, ReturnColumn, spin);
    }
}

void ReturnDialog::setQuantity(const QString &sku, qint64 quantity)
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, SkuColumn)->text() == sku) {
            if (auto *spin = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, ReturnColumn)))
                spin->setValue(int(quantity));
        }
    }
}

void ReturnDialog::showRefusal(const Error &error)
{
    QString text = client::ErrorText::describe(error);
    if (error.code == u"approval_required"_s) {
        text += u' ' + tr("Untick \"Approve now\" to request the return; a manager or QA "
                          "approves it.");
    }
    m_message->setText(text);
    m_message->show();
}

void ReturnDialog::submit()
{
    client::ReturnDraft draft;
    draft.orderId = m_orderId;
    draft.ticketId = m_ticketId;
    draft.reason = returns::parseReturnReason(m_reason->currentData().toString())
                       .valueOr(returns::ReturnReason::Other);
    draft.note = m_note->toPlainText();
    draft.approve = m_approve->isChecked();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *spin = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, ReturnColumn));
        if (spin && spin->value() > 0)
            draft.lines.append({m_lines->item(row, SkuColumn)->text(), spin->value()});
    }
    if (draft.lines.isEmpty()) {
        m_message->setText(tr("Choose how many units come back."));
        m_message->show();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<ReturnDialog> self(this);
    m_service->start(draft, [self](const Result<returns::ReturnRecord> &answer) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!answer)
            return self->showRefusal(answer.error());
        emit self->started(answer.value());
        self->accept();
    });
}

} // namespace shopdesk::ui
