#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace shopdesk::ui {

// Colours for messages and highlights, derived from the widget's palette so a dark theme
// keeps them readable: a hint of the tone over the window colour, text from the palette.
enum class Tone { Information, Warning, Error, Success };

struct ToneColors
{
    QColor background;
    QColor foreground;
    QColor border;
};

ToneColors toneColors(Tone tone, const QPalette &palette);
// Text in the tone's colour straight on the window, adjusted until it reads (WCAG AA).
QColor toneText(Tone tone, const QPalette &palette);
// A style sheet rule "selector { background; color; border }" for a tinted box.
QString toneStyleSheet(Tone tone, const QPalette &palette, const QString &selector);
QString toneTextStyleSheet(Tone tone, const QPalette &palette);

// The palette to work a widget's colours out from: its parent's (or the application's), which a
// style sheet set on the widget itself does not tint, so repeated messages do not drift.
QPalette basePalette(const QWidget *widget);
// A status line: text in the error tone or plain, hidden when empty.
void setStatusText(QLabel *label, const QString &text, bool error);

// color itself where it reads on the palette's base (lists, tables), else moved towards the
// palette's text colour until it does: the same red in a light theme, a lighter one in a dark.
QColor readableOnBase(const QColor &color, const QPalette &palette);

// WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// a with the given share (0 to 1) of b.
QColor mixColors(const QColor &a, const QColor &b, double share);

} // namespace shopdesk::ui
