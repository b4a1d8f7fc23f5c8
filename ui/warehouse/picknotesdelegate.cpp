#include "warehouse/picknotesdelegate.h"

namespace shopdesk::ui {

void PickNotesDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    option->font.setBold(true);
    // The palette's tool-tip colours: a note's look in the user's theme, light or dark.
    option->backgroundBrush = option->palette.toolTipBase();
    option->palette.setBrush(QPalette::Text, option->palette.toolTipText());
}

} // namespace shopdesk::ui
