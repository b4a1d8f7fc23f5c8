#include "returns/exchangedialog.h"

#include "client/errortext.h"
#include "client/returns/returnservice.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

enum Column { SkuColumn, NameColumn, UnitsColumn, ReplacementColumn };

QString choiceText(const Product &product)
{
    return ExchangeDialog::tr("%1 — %2 (%3 available)")
        .arg(product.sku, product.name, QLocale().toString(product.available));
}

} // namespace

ExchangeDialog::ExchangeDialog(client::ReturnService *service, const returns::ReturnRecord &ret,
                               const QList<Product> &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_return(ret)
    , m_lines(new QTableWidget(int(ret.lines.size()), 4, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exchangeDialog"_s);
    setWindowTitle(tr("Exchange return %1").arg(ret.number));
    auto *intro = new QLabel(tr("A replacement order for order #%1, paid by the return. Replace "
                                "a line by another product at the same price (another size or "
                                "colour): type part of its SKU or name.")
                                 .arg(ret.orderId),
                             this);
    intro->setWordWrap(true);
    m_lines->setObjectName(u"exchangeLines"_s);
    m_lines->setAccessibleName(tr("Lines to replace"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Returned"), tr("Product"), tr("Units"), tr("Replacement")});
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ReplacementColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < ret.lines.size(); ++row) {
        const returns::ReturnLine &line = ret.lines[row];
        m_lines->setItem(row, SkuColumn, new QTableWidgetItem(line.sku));
        m_lines->setItem(row, NameColumn, new QTableWidgetItem(line.name));
        auto *units = new QTableWidgetItem(QLocale().toString(line.quantity));
        units->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, UnitsColumn, units);
        QComboBox *box = replacementBoxFor(line, choicesFor(line, catalogue));
        m_lines->setCellWidget(row, ReplacementColumn, box);
        m_replacements.append(box);
    }
    m_message->setObjectName(u"exchangeMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Exchange"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmExchange"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 360);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExchangeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<Product> ExchangeDialog::choicesFor(const returns::ReturnLine &line,
                                          const QList<Product> &catalogue)
{
    const auto own = std::find_if(catalogue.cbegin(), catalogue.cend(),
                                  [&](const Product &p) { return p.sku == line.sku; });
    QList<Product> choices;
    if (own == catalogue.cend()) {
        Product unknown;
        unknown.sku = line.sku;
        unknown.name = line.name;
        choices.append(unknown);
        return choices;
    }
    choices.append(*own);
    // The server accepts another SKU only at the price the returned unit was sold at.
    for (const Product &product : catalogue) {
        if (product.sku != line.sku && product.priceMinor == own->priceMinor &&
            product.currency == own->currency) {
            choices.append(product);
        }
    }
    std::sort(choices.begin() + 1, choices.end(),
              [](const Product &a, const Product &b) { return a.sku < b.sku; });
    return choices;
}

QComboBox *ExchangeDialog::replacementBoxFor(const returns::ReturnLine &line,
                                             const QList<Product> &choices)
{
    auto *box = new QComboBox(m_lines);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(tr("Replacement for %1").arg(line.sku));
    for (const Product &product : choices)
        box->addItem(choiceText(product), product.sku);
    // Typing part of a SKU or name narrows the list to what contains it.
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->setCurrentIndex(0);
    return box;
}

void ExchangeDialog::submit()
{
    QList<client::ReturnDraft::Line> replacements;
    bool changed = false;
    for (int row = 0; row < m_replacements.size(); ++row) {
        QComboBox *box = m_replacements[row];
        const int chosen = box->findText(box->currentText());
        if (chosen < 0) {
            m_message->setText(
                tr("Choose the replacement for %1 from the list.").arg(m_return.lines[row].sku));
            m_message->show();
            box->setFocus();
            return;
        }
        const QString sku = box->itemData(chosen).toString();
        changed = changed || sku != m_return.lines[row].sku;
        replacements.append({sku, m_return.lines[row].quantity});
    }
    // The same SKUs throughout: the server's default, the return's own lines.
    if (!changed)
        replacements.clear();
    m_message->hide();
    m_buttons->setEnabled(false);
    QPointer<ExchangeDialog> self(this);
    m_service->exchange(
        m_return.id, replacements, [self](const Result<returns::ReturnRecord> &answer) {
            if (!self)
                return;
            self->m_buttons->setEnabled(true);
            if (!answer) {
                self->m_message->setText(client::ErrorText::describe(answer.error()));
                self->m_message->show();
                return;
            }
            emit self->exchanged(answer.value());
            self->accept();
        });
}

} // namespace shopdesk::ui
