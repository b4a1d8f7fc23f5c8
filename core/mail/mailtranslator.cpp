#include "mail/mailtranslator.h"

#include "mail/logging.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

QString MailTranslator::defaultDirectory()
{
    return u":/mail-i18n"_s;
}

MailTranslator MailTranslator::load(const QString &language, const QString &directory)
{
    MailTranslator result;
    QString code = language.trimmed();
    code.replace(u'-', u'_');
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return result; // not a language: English
    result.m_locale = locale;
    if (locale.language() == QLocale::English)
        return result; // the source texts are English

    auto translator = std::make_shared<QTranslator>();
    if (translator->load(locale, u"shopdesk"_s, u"_"_s, directory, u".qm"_s)) {
        qCDebug(lcMail) << "mail in" << translator->language() << "from" << translator->filePath();
        result.m_translator = std::move(translator);
    } else {
        qCDebug(lcMail) << "no translation for" << code << "in" << directory
                        << "- writing mail in English";
    }
    return result;
}

QString MailTranslator::languageTag() const
{
    if (!m_translator)
        return u"en"_s;
    const QString language = m_translator->language();
    return language.isEmpty() ? m_locale.bcp47Name() : QLocale(language).bcp47Name();
}

QString MailTranslator::translate(const char *context, const char *sourceText,
                                  const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%n"_s, m_locale.toString(n));
    return text;
}

} // namespace shopdesk::mail
