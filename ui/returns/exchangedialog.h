#pragma once

#include "domain/product.h"
#include "domain/returns/returnrecord.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace shopdesk::client {
class ReturnService;
}

namespace shopdesk::ui {

// "Exchange…": a replacement order for a return, paid by the return. Each returned line may
// be replaced by another product at the same price (another size or colour), found by typing
// part of its SKU or name, with the units available now beside it; by default the same SKU.
// The server reserves the replacement all or nothing; a refusal shows and keeps the choice.
class ExchangeDialog : public QDialog
{
    Q_OBJECT
public:
    // catalogue: the products the cache holds, with their stock.
    ExchangeDialog(client::ReturnService *service, const returns::ReturnRecord &ret,
                   const QList<Product> &catalogue, QWidget *parent = nullptr);

    QTableWidget *linesTable() const { return m_lines; }
    // The replacement chosen for the return's line row (editable: typing searches).
    QComboBox *replacementBox(int row) const { return m_replacements.value(row); }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void exchanged(const returns::ReturnRecord &ret);

private:
    // The products a line may be replaced by: its own SKU first, then those at its price.
    static QList<Product> choicesFor(const returns::ReturnLine &line,
                                     const QList<Product> &catalogue);
    QComboBox *replacementBoxFor(const returns::ReturnLine &line, const QList<Product> &choices);
    void submit();

    client::ReturnService *m_service;
    returns::ReturnRecord m_return;
    QTableWidget *m_lines;
    QList<QComboBox *> m_replacements;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace shopdesk::ui
