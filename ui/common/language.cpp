#include "common/language.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

//: Translate as "RTL" for a language written right to left, otherwise as "LTR". Qt lays out
//: every window from this entry.
[[maybe_unused]] const char *const layoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

} // namespace

QList<Language> Translations::available()
{
    return {{u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"es"_s, u"Español"_s},
            {u"hi"_s, u"हिन्दी"_s},
            {u"ar"_s, u"العربية"_s}};
}

QString Translations::resolve(const QString &setting, const QLocale &system)
{
    const QList<Language> languages = available();
    auto known = [&](const QString &name) {
        const QString code = QLocale(name).name().section(u'_', 0, 0);
        for (const Language &language : languages) {
            if (language.code == code)
                return code;
        }
        return QString();
    };
    if (!setting.isEmpty()) {
        if (const QString code = known(setting); !code.isEmpty())
            return code;
    }
    const QStringList preferred = system.uiLanguages();
    for (const QString &name : preferred) {
        if (const QString code = known(name); !code.isEmpty())
            return code;
    }
    return u"en"_s;
}

QString Translations::apply(const QString &setting, const QLocale &system)
{
    QCoreApplication::removeTranslator(&m_shopdesk);
    QCoreApplication::removeTranslator(&m_qt);
    m_current = resolve(setting, system);

    const QLocale language(m_current);
    // English too: its catalogue has the plural forms of the source texts.
    if (m_shopdesk.load(u":/i18n/shopdesk_"_s + m_current))
        QCoreApplication::installTranslator(&m_shopdesk);
    else
        qCWarning(lcUi) << "no catalogue for" << m_current;
    if (m_current != u"en"_s) {
        // Qt's own dialogs and buttons (Debian's qt6-translations-l10n).
        if (m_qt.load(language, u"qtbase"_s, u"_"_s,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    // Keep the system's regional formats when they belong to the chosen language (de_CH stays
    // de_CH); otherwise the language's own.
    const QLocale formats = system.language() == language.language() ? system : language;
    QLocale::setDefault(formats);
    if (qGuiApp)
        QGuiApplication::setLayoutDirection(language.textDirection());
    qCInfo(lcUi) << "language" << m_current << "formats" << formats.name();
    return m_current;
}

} // namespace shopdesk::ui
