#include "orders/conversationmessagepanel.h"

#include "common/themecolors.h"

#include "client/producttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ConversationMessagePanel::ConversationMessagePanel(client::ProductTableModel *products,
                                                   QWidget *parent)
    : QFrame(parent)
    , m_products(products)
    , m_header(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_linesTitle(new QLabel(tr("Lines the message names"), this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_unknown(new QLabel(this))
    , m_add(new QPushButton(tr("A&dd to order"), this))
    , m_close(new QPushButton(tr("Close message"), this))
{
    setObjectName(u"conversationMessage"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("The customer's message"));

    m_header->setObjectName(u"conversationMessageHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"conversationMessageText"_s);
    m_message->setAccessibleName(tr("Message text"));
    m_message->setReadOnly(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    QFont bold = m_linesTitle->font();
    bold.setBold(true);
    m_linesTitle->setFont(bold);
    m_lines->setObjectName(u"proposedLines"_s);
    m_lines->setAccessibleName(tr("Lines the message names"));
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Quantity"), tr("In stock"), tr("Read from")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_unknown->setObjectName(u"unknownSkus"_s);
    m_unknown->setTextFormat(Qt::PlainText);
    m_unknown->setWordWrap(true);
    m_unknown->setStyleSheet(toneTextStyleSheet(Tone::Warning, palette()));
    m_unknown->hide();
    m_add->setObjectName(u"addProposedLines"_s);
    m_add->setToolTip(tr("Put the ticked lines into the order"));
    m_close->setObjectName(u"closeConversationMessage"_s);
    m_close->setToolTip(tr("Hide the message; the order stays as it is"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message, 3);
    layout->addWidget(m_linesTitle);
    layout->addWidget(m_lines, 2);
    layout->addWidget(m_unknown);
    layout->addLayout(buttons);

    connect(m_lines, &QTableWidget::itemChanged, this, &ConversationMessagePanel::updateAddButton);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QList<inbox::ProposedLine> lines = checkedLines();
        if (!lines.isEmpty())
            emit addRequested(lines);
    });
    connect(m_close, &QPushButton::clicked, this, &ConversationMessagePanel::closeRequested);
}

QList<inbox::CatalogueItem> ConversationMessagePanel::catalogue() const
{
    QList<inbox::CatalogueItem> items;
    items.reserve(m_products->rowCount());
    for (int row = 0; row < m_products->rowCount(); ++row) {
        const client::ProductRecord &product = m_products->product(row);
        items.append({product.sku, product.name});
    }
    return items;
}

void ConversationMessagePanel::showConversation(const client::ConversationOrder &conversation)
{
    m_conversation = conversation;
    const QString when =
        conversation.at.isValid()
            ? QLocale().toString(conversation.at.toLocalTime(), QLocale::ShortFormat)
            : QString();
    QString header = when.isEmpty() ? tr("From %1").arg(conversation.from)
                                    : tr("From %1, %2").arg(conversation.from, when);
    if (!conversation.subject.isEmpty())
        header += u'\n' + tr("Subject: %1").arg(conversation.subject);
    m_header->setText(header);
    m_message->setPlainText(conversation.text);
    m_proposal = inbox::OrderProposal::fromText(conversation.text, catalogue());
    fillLines();
    const QStringList unknown = m_proposal.unknownSkus();
    m_unknown->setText(
        unknown.isEmpty() ? QString() : tr("Not in the catalogue: %1").arg(unknown.join(u", "_s)));
    m_unknown->setVisible(!unknown.isEmpty());
    m_addAllowed = true;
    updateAddButton();
}

void ConversationMessagePanel::fillLines()
{
    const QSignalBlocker quiet(m_lines);
    const QList<inbox::ProposedLine> &lines = m_proposal.lines();
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const inbox::ProposedLine &line = lines.at(row);
        auto *sku = new QTableWidgetItem(line.sku);
        sku->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        sku->setCheckState(Qt::Checked);
        m_lines->setItem(row, SkuColumn, sku);
        m_lines->setItem(row, NameColumn, new QTableWidgetItem(line.name));
        auto *quantity = new QTableWidgetItem(QLocale().toString(line.quantity));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, QuantityColumn, quantity);
        const int productRow = m_products->rowOfSku(line.sku);
        auto *stock = new QTableWidgetItem(
            productRow < 0 ? QString()
                           : QLocale().toString(m_products->product(productRow).available));
        stock->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, StockColumn, stock);
        QStringList quoted;
        for (const QString &mention : line.mentions)
            quoted.append(u"“"_s + mention + u"”"_s);
        m_lines->setItem(row, MentionsColumn, new QTableWidgetItem(quoted.join(u", "_s)));
    }
    m_linesTitle->setText(lines.isEmpty() ? tr("The message names no product of the catalogue.")
                                          : tr("Lines the message names"));
    m_lines->setVisible(!lines.isEmpty());
}

QList<inbox::ProposedLine> ConversationMessagePanel::checkedLines() const
{
    QList<inbox::ProposedLine> checked;
    const QList<inbox::ProposedLine> &lines = m_proposal.lines();
    for (int row = 0; row < lines.size() && row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, SkuColumn)->checkState() == Qt::Checked)
            checked.append(lines.at(row));
    }
    return checked;
}

void ConversationMessagePanel::setAddEnabled(bool enabled)
{
    m_addAllowed = enabled;
    updateAddButton();
}

void ConversationMessagePanel::updateAddButton()
{
    m_add->setEnabled(m_addAllowed && !checkedLines().isEmpty());
    m_add->setVisible(!m_proposal.lines().isEmpty());
}

} // namespace shopdesk::ui
