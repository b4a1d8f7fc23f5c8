#pragma once

#include <QStyledItemDelegate>

namespace shopdesk::ui {

// Draws a non-empty notes cell of the pick list bold on a note-coloured background, so an
// order with notes (gift wrap, a delivery time) stands out among the lines to pick.
class PickNotesDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace shopdesk::ui
