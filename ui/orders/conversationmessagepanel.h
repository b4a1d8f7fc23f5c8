#pragma once

#include "client/inbox/conversationorder.h"
#include "domain/inbox/orderproposal.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk::client {
class ProductTableModel;
}

namespace shopdesk::ui {

// Beside the order form, the customer's message an order is taken from: who wrote it, when,
// the subject and the text (read-only, selectable), and the lines it names, read against the
// catalogue (OrderProposal), each with its name, the stock as the client knows it and the
// words it was read from. The agent ticks the lines to take; only Add to order
// (addRequested) puts them into the order. SKU-like words that name no product are listed
// as not in the catalogue.
class ConversationMessagePanel : public QFrame
{
    Q_OBJECT
public:
    enum Column { SkuColumn, NameColumn, QuantityColumn, StockColumn, MentionsColumn, ColumnCount };

    explicit ConversationMessagePanel(client::ProductTableModel *products,
                                      QWidget *parent = nullptr);

    // Shows the message and proposes its lines, all ticked.
    void showConversation(const client::ConversationOrder &conversation);
    const client::ConversationOrder &conversation() const { return m_conversation; }
    const QList<inbox::ProposedLine> &proposedLines() const { return m_proposal.lines(); }
    // The proposed lines the agent left ticked.
    QList<inbox::ProposedLine> checkedLines() const;
    void setAddEnabled(bool enabled);

    QLabel *headerLabel() const { return m_header; }
    QPlainTextEdit *messageView() const { return m_message; }
    QTableWidget *linesView() const { return m_lines; }
    QLabel *unknownLabel() const { return m_unknown; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void addRequested(const QList<shopdesk::inbox::ProposedLine> &lines);
    void closeRequested();

private:
    QList<inbox::CatalogueItem> catalogue() const;
    void fillLines();
    void updateAddButton();

    client::ProductTableModel *m_products;
    client::ConversationOrder m_conversation;
    inbox::OrderProposal m_proposal;
    bool m_addAllowed = true;
    QLabel *m_header;
    QPlainTextEdit *m_message;
    QLabel *m_linesTitle;
    QTableWidget *m_lines;
    QLabel *m_unknown;
    QPushButton *m_add;
    QPushButton *m_close;
};

} // namespace shopdesk::ui
