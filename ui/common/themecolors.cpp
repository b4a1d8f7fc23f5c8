#include "common/themecolors.h"

#include <QApplication>
#include <QLabel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

constexpr double readable = 4.5;

QColor toneHue(Tone tone)
{
    switch (tone) {
    case Tone::Warning:
        return QColor(0xd4, 0x9a, 0x06);
    case Tone::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Information:
        break;
    }
    return QColor(0x1e, 0x6f, 0xc8);
}

double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mixColors(const QColor &a, const QColor &b, double share)
{
    const double keep = 1.0 - share;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * share),
                            float(a.greenF() * keep + b.greenF() * share),
                            float(a.blueF() * keep + b.blueF() * share));
}

ToneColors toneColors(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor hue = toneHue(tone);
    ToneColors colors;
    colors.background = mixColors(window, hue, 0.16);
    colors.border = mixColors(window, hue, 0.6);
    colors.foreground = palette.color(QPalette::WindowText);
    // A theme whose text barely reads on its own window: take black or white instead.
    if (contrastRatio(colors.foreground, colors.background) < readable) {
        colors.foreground = contrastRatio(Qt::black, colors.background) >
                                    contrastRatio(Qt::white, colors.background)
                                ? QColor(Qt::black)
                                : QColor(Qt::white);
    }
    return colors;
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    QColor color = toneHue(tone);
    // Move towards the theme's text colour (dark on light, light on dark) until it reads.
    for (int step = 1; step <= 10 && contrastRatio(color, window) < readable; ++step)
        color = mixColors(toneHue(tone), text, step / 10.0);
    return color;
}

QColor readableOnBase(const QColor &color, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor result = color;
    for (int step = 1; step <= 10 && contrastRatio(result, base) < readable; ++step)
        result = mixColors(color, text, step / 10.0);
    return result;
}

QString toneStyleSheet(Tone tone, const QPalette &palette, const QString &selector)
{
    const ToneColors colors = toneColors(tone, palette);
    return u"%1 { background: %2; color: %3; border: 1px solid %4; border-radius: 4px; }"_s.arg(
        selector, colors.background.name(), colors.foreground.name(), colors.border.name());
}

QString toneTextStyleSheet(Tone tone, const QPalette &palette)
{
    return u"color: %1;"_s.arg(toneText(tone, palette).name());
}

QPalette basePalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

void setStatusText(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? toneTextStyleSheet(Tone::Error, basePalette(label)) : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace shopdesk::ui
