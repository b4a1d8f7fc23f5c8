#pragma once

#include <QStyledItemDelegate>

namespace shopdesk::ui {

// Paints a ticket's countdown in its tone (TicketListModel::ToneRole): red text once
// breached, amber after the warning, in colours that read in light and dark themes.
class TicketCountdownDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace shopdesk::ui
