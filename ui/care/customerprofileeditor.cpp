#include "care/customerprofileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() * 3);
    return table;
}

} // namespace

CustomerProfileEditor::CustomerProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_emailFailing(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_phones(makeTable({tr("Label"), tr("Number")}, u"customerPhones"_s, this))
    , m_addPhone(new QPushButton(tr("Add phone"), this))
    , m_removePhone(new QPushButton(tr("Remove phone"), this))
    , m_addresses(makeTable({tr("Label"), tr("Street"), tr("Postcode"), tr("City"), tr("Country")},
                            u"customerAddresses"_s, this))
    , m_addAddress(new QPushButton(tr("Add address"), this))
    , m_removeAddress(new QPushButton(tr("Remove address"), this))
    , m_consent(new QCheckBox(tr("Agrees to marketing e-mails"), this))
    , m_consentAt(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    m_name->setObjectName(u"profileName"_s);
    m_email->setObjectName(u"profileEmail"_s);
    m_emailFailing->setObjectName(u"profileEmailFailing"_s);
    m_emailFailing->setWordWrap(true);
    m_emailFailing->setStyleSheet(u"color: #b3261e;"_s);
    m_emailFailing->setVisible(false);
    m_language->setObjectName(u"profileLanguage"_s);
    for (const auto &[code, name] :
         {std::pair{u"en"_s, tr("English")}, std::pair{u"de"_s, tr("German")},
          std::pair{u"es"_s, tr("Spanish")}, std::pair{u"ar"_s, tr("Arabic")},
          std::pair{u"hi"_s, tr("Hindi")}}) {
        m_language->addItem(name, code);
    }
    m_consent->setObjectName(u"profileConsent"_s);
    m_consentAt->setStyleSheet(u"color: palette(mid);"_s);
    m_notes->setObjectName(u"profileNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_save->setObjectName(u"saveProfile"_s);
    m_save->setEnabled(false);
    m_addPhone->setObjectName(u"addPhone"_s);
    m_addAddress->setObjectName(u"addAddress"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me"), m_name);
    form->addRow(tr("E-m&ail"), m_email);
    form->addRow(QString(), m_emailFailing);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Phones"), listBox(m_phones, m_addPhone, m_removePhone));
    form->addRow(tr("Addresses"), listBox(m_addresses, m_addAddress, m_removeAddress));
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentAt, 1);
    form->addRow(QString(), consentRow);
    form->addRow(tr("No&tes"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    const auto touched = [this] {
        if (!m_filling)
            setModified(true);
    };
    connect(m_name, &QLineEdit::textEdited, this, touched);
    connect(m_email, &QLineEdit::textEdited, this, touched);
    connect(m_language, &QComboBox::activated, this, touched);
    connect(m_consent, &QCheckBox::toggled, this, touched);
    connect(m_notes, &QPlainTextEdit::textChanged, this, touched);
    connect(m_phones, &QTableWidget::itemChanged, this, touched);
    connect(m_addresses, &QTableWidget::itemChanged, this, touched);
    connect(m_save, &QPushButton::clicked, this, &CustomerProfileEditor::saveRequested);
}

QWidget *CustomerProfileEditor::listBox(QTableWidget *table, QPushButton *add, QPushButton *remove)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(table);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    column->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this, table] {
        if (table->rowCount() >= care::CustomerProfile::maxEntries)
            return;
        const int row = table->rowCount();
        m_filling = true;
        setRow(table, row, QStringList(table->columnCount(), QString()));
        m_filling = false;
        setModified(true);
        table->setCurrentCell(row, 1);
        table->editItem(table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        const int row = table->currentRow();
        if (row < 0)
            return;
        table->removeRow(row);
        setModified(true);
    });
    return box;
}

void CustomerProfileEditor::setRow(QTableWidget *table, int row, const QStringList &cells)
{
    if (row >= table->rowCount())
        table->setRowCount(row + 1);
    for (int c = 0; c < cells.size() && c < table->columnCount(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QStringList CustomerProfileEditor::rowCells(const QTableWidget *table, int row)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *item = table->item(row, c);
        cells.append(item ? item->text().trimmed() : QString());
    }
    return cells;
}

void CustomerProfileEditor::showEmailFailure(const care::CustomerProfile &profile)
{
    const bool failing = profile.emailFailedAt.isValid();
    m_emailFailing->setVisible(failing);
    if (!failing) {
        m_emailFailing->clear();
        m_emailFailing->setToolTip(QString());
        return;
    }
    const QString since =
        QLocale().toString(profile.emailFailedAt.toLocalTime(), QLocale::ShortFormat);
    m_emailFailing->setText(
        tr("Address failing: mail to it came back undelivered (%1).").arg(since));
    m_emailFailing->setToolTip(profile.emailFailure);
    m_emailFailing->setAccessibleName(tr("Address failing"));
}

void CustomerProfileEditor::setProfile(const care::CustomerProfile &profile)
{
    m_profile = profile;
    m_filling = true;
    m_name->setText(profile.name);
    m_email->setText(profile.email);
    showEmailFailure(profile);
    const int language =
        m_language->findData(profile.language.isEmpty() ? u"en"_s : profile.language);
    if (language < 0 && !profile.language.isEmpty())
        m_language->addItem(profile.language, profile.language);
    m_language->setCurrentIndex(
        m_language->findData(profile.language.isEmpty() ? u"en"_s : profile.language));
    m_phones->setRowCount(0);
    for (int i = 0; i < profile.phones.size(); ++i)
        setRow(m_phones, i, {profile.phones.at(i).label, profile.phones.at(i).number});
    m_addresses->setRowCount(0);
    for (int i = 0; i < profile.addresses.size(); ++i) {
        const care::CustomerAddress &a = profile.addresses.at(i);
        setRow(m_addresses, i, {a.label, a.street, a.postcode, a.city, a.country});
    }
    m_consent->setChecked(profile.marketingConsent);
    m_consentAt->setText(profile.marketingConsent && profile.marketingConsentAt.isValid()
                             ? tr("since %1")
                                   .arg(QLocale().toString(profile.marketingConsentAt.toLocalTime(),
                                                           QLocale::ShortFormat))
                             : QString());
    m_notes->setPlainText(profile.notes);
    m_filling = false;
    setModified(false);
}

care::CustomerProfile CustomerProfileEditor::profile() const
{
    care::CustomerProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.language = m_language->currentData().toString();
    p.phones.clear();
    for (int row = 0; row < m_phones->rowCount(); ++row) {
        const QStringList cells = rowCells(m_phones, row);
        if (!cells.join(QString()).isEmpty())
            p.phones.append({cells.at(0), cells.at(1)});
    }
    p.addresses.clear();
    for (int row = 0; row < m_addresses->rowCount(); ++row) {
        const QStringList c = rowCells(m_addresses, row);
        if (!c.join(QString()).isEmpty())
            p.addresses.append({c.at(0), c.at(1), c.at(2), c.at(3), c.at(4)});
    }
    p.marketingConsent = m_consent->isChecked();
    p.notes = m_notes->toPlainText();
    return p;
}

void CustomerProfileEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit *field : {m_name, m_email})
        field->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_language, m_consent, m_addPhone, m_removePhone, m_addAddress, m_removeAddress})
        w->setEnabled(editable);
    for (QTableWidget *table : {m_phones, m_addresses}) {
        table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                        : QAbstractItemView::NoEditTriggers);
    }
    m_save->setVisible(editable);
}

void CustomerProfileEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy && m_modified && m_editable);
}

void CustomerProfileEditor::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    m_save->setEnabled(modified && m_editable);
    if (changed)
        emit modifiedChanged(modified);
}

} // namespace shopdesk::ui
