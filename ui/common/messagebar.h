#pragma once

#include "common/themecolors.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace shopdesk::ui {

// A message inside the window, above the work area: the server refused something, the
// connection is gone. It stays until read and closed, and never blocks the user.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    QString text() const;
    // The colours the bar shows its text in and on.
    QColor foregroundColor() const { return m_colors.foreground; }
    QColor backgroundColor() const { return m_colors.background; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    ToneColors m_colors;
};

} // namespace shopdesk::ui
