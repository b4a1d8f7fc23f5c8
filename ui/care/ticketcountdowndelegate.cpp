#include "care/ticketcountdowndelegate.h"

#include "common/themecolors.h"

#include "client/care/ticketcountdown.h"
#include "client/care/ticketlistmodel.h"

namespace shopdesk::ui {

void TicketCountdownDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(client::TicketListModel::ToneRole);
    if (!tone.isValid())
        return;
    using Tone = client::TicketCountdown::Tone;
    const auto which = Tone(tone.toInt());
    if (which == Tone::Calm)
        return;
    const ToneColors colors =
        toneColors(which == Tone::Breached ? ui::Tone::Error : ui::Tone::Warning, option->palette);
    option->backgroundBrush = colors.background;
    option->palette.setColor(QPalette::Text, colors.foreground);
    option->palette.setColor(QPalette::HighlightedText, colors.foreground);
    option->font.setBold(which == Tone::Breached);
}

} // namespace shopdesk::ui
