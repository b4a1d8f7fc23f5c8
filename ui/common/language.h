#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace shopdesk::ui {

// A language the client has a catalogue for.
struct Language
{
    QString code;       // "de"
    QString nativeName; // "Deutsch": each language is offered in its own words
};

// The client's catalogue and Qt's own for one language at a time, with the default QLocale
// (money, dates, numbers) and the layout direction that go with it.
class Translations
{
public:
    // English (the source) first, then the languages with a catalogue.
    static QList<Language> available();
    // The language a setting stands for: an empty setting follows the system's user-interface
    // languages in order of preference, falling back to English.
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());

    // Installs the language of `setting` into the application; returns its code.
    QString apply(const QString &setting, const QLocale &system = QLocale::system());
    QString current() const { return m_current; }

private:
    QTranslator m_shopdesk;
    QTranslator m_qt;
    QString m_current;
};

} // namespace shopdesk::ui
