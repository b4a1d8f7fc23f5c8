#pragma once

#include "domain/care/customersummary.h"

#include <QWidget>

class QLabel;

namespace shopdesk::ui {

// A customer's headline figures in one strip: lifetime revenue, orders, returns rate, open
// tickets, customer since.
class CustomerFigures : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerFigures(QWidget *parent = nullptr);

    void setSummary(const care::CustomerSummary &summary);
    void clear();

    QLabel *revenue() const { return m_revenue; }
    QLabel *orders() const { return m_orders; }
    QLabel *returnsRate() const { return m_returns; }
    QLabel *openTickets() const { return m_tickets; }
    QLabel *customerSince() const { return m_since; }

private:
    QLabel *addFigure(const QString &objectName, const QString &caption);

    QLabel *m_revenue;
    QLabel *m_orders;
    QLabel *m_returns;
    QLabel *m_tickets;
    QLabel *m_since;
};

} // namespace shopdesk::ui
