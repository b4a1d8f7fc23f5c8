#include "shell/preferencesdialog.h"

#include "common/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    const QString system = Translations::resolve(QString());
    QString systemName;
    const QList<Language> languages = Translations::available();
    for (const Language &language : languages) {
        if (language.code == system)
            systemName = language.nativeName;
    }
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system (%1)").arg(systemName), QString());
    for (const Language &language : languages)
        m_language->addItem(language.nativeName, language.code);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *hint = new QLabel(
        tr("Money, dates and numbers follow the language too. The window reopens in the new "
           "language; nothing waiting to be sent is lost."),
        this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString PreferencesDialog::languageSetting() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguageSetting(const QString &setting)
{
    const int index = m_language->findData(setting);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace shopdesk::ui
