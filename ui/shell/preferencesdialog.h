#pragma once

#include <QDialog>

class QComboBox;

namespace shopdesk::ui {

// The user's settings of the desktop client that are not remembered on the way (window layout,
// last server): today the language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // The chosen language setting: a code, or empty for the system's language.
    QString languageSetting() const;
    void setLanguageSetting(const QString &setting);

private:
    QComboBox *m_language;
};

} // namespace shopdesk::ui
