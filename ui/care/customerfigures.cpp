#include "care/customerfigures.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CustomerFigures::CustomerFigures(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_revenue = addFigure(u"lifetimeRevenue"_s, tr("Lifetime revenue"));
    m_orders = addFigure(u"orderCount"_s, tr("Orders"));
    m_returns = addFigure(u"returnsRate"_s, tr("Returns rate"));
    m_tickets = addFigure(u"openTickets"_s, tr("Open tickets"));
    m_since = addFigure(u"customerSince"_s, tr("Customer since"));
    layout->addStretch();
    clear();
}

QLabel *CustomerFigures::addFigure(const QString &objectName, const QString &caption)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 12, 0);
    column->setSpacing(0);
    auto *title = new QLabel(caption, box);
    title->setStyleSheet(u"color: palette(mid);"_s);
    auto *value = new QLabel(box);
    value->setObjectName(objectName);
    value->setAccessibleName(caption);
    QFont font = value->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(title);
    column->addWidget(value);
    static_cast<QHBoxLayout *>(layout())->addWidget(box);
    return value;
}

void CustomerFigures::setSummary(const care::CustomerSummary &summary)
{
    const QLocale locale;
    m_revenue->setText(summary.lifetimeRevenue ? summary.lifetimeRevenue->format(locale)
                                               : QString());
    m_orders->setText(locale.toString(summary.orders));
    m_returns->setText(tr("%1 %").arg(locale.toString(summary.returnsRate * 100, 'f', 0)));
    m_tickets->setText(locale.toString(summary.openTickets));
    m_since->setText(
        summary.customerSince.isValid()
            ? locale.toString(summary.customerSince.toLocalTime().date(), QLocale::ShortFormat)
            : QString());
}

void CustomerFigures::clear()
{
    for (QLabel *label : {m_revenue, m_orders, m_returns, m_tickets, m_since})
        label->setText(u"–"_s);
}

} // namespace shopdesk::ui
