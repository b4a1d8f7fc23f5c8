#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace shopdesk::mail {

// The translations of one language, used for one piece of mail without touching the
// application's own language: a server writes to each customer in the customer's language
// while its log and its other users stay in theirs. Installing a QTranslator globally
// would change every thread's texts, so this one is asked directly.
class MailTranslator
{
public:
    // The catalogues built into shopdesk-core (core/mail/translations), kept apart from the
    // application's own so that each language's mail texts are always found.
    static QString defaultDirectory();

    // Loads <directory>/shopdesk_<language>.qm, trying the closest match first
    // ("de_AT" -> shopdesk_de_AT.qm, then shopdesk_de.qm). English, the language of the
    // source texts, when there is none or the code is not a language.
    static MailTranslator load(const QString &language,
                               const QString &directory = defaultDirectory());

    // The locale for numbers, money and dates in the mail.
    const QLocale &locale() const { return m_locale; }
    // BCP 47 name of the language the texts come out in ("de", "en").
    QString languageTag() const;
    // Whether a catalogue was found (false means the English source texts).
    bool isTranslated() const { return m_translator != nullptr; }

    // Like QCoreApplication::translate, but with this language only. "%n" becomes n.
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const;

private:
    QLocale m_locale{QLocale::English, QLocale::UnitedStates};
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace shopdesk::mail
