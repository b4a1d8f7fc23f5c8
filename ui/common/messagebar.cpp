#include "common/messagebar.h"

#include "common/themecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(u"messageText"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Tone tone = Tone::Information;
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tone = Tone::Warning;
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tone = Tone::Error;
    }
    // From the palette, so the bar reads in a dark theme as well as in a light one.
    const QPalette base = basePalette(this);
    m_colors = toneColors(tone, base);
    setStyleSheet(toneStyleSheet(tone, base, u"#messageBar"_s) +
                  u" #messageBar QLabel { color: %1; background: transparent; }"_s.arg(
                      m_colors.foreground.name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace shopdesk::ui
