#include "admin/settingsview.h"

#include "client/admin/settingsservice.h"
#include "client/errortext.h"
#include "common/messagebar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// Settings whose value is a list, one entry a line.
bool isList(const QString &key)
{
    return key == u"orders.payment_urls"_s || key == u"orders.carrier_urls"_s;
}

bool isMultiLine(const QString &key)
{
    return isList(key) || key == u"shop.address"_s || key == u"shop.bank_details"_s;
}

bool isSecret(const QString &key)
{
    return key.endsWith(u"_password"_s);
}

// The range of a whole-number setting; {0, 0} for the others.
std::pair<int, int> rangeOf(const QString &key)
{
    if (key == u"orders.reservation_minutes"_s)
        return {1, 7 * 24 * 60};
    if (key == u"orders.payment_reminder_minutes"_s)
        return {0, 7 * 24 * 60};
    if (key == u"orders.return_window_days"_s)
        return {1, 3650};
    if (key == u"orders.refund_approval_limit"_s)
        return {0, std::numeric_limits<int>::max()};
    if (key == u"mailbox.poll_seconds"_s)
        return {1, 24 * 60 * 60};
    return {0, 0};
}

} // namespace

SettingsView::SettingsView(client::SettingsService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_message(new MessageBar(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(u"settingsView"_s);
    m_save->setObjectName(u"saveSettings"_s);
    m_message->hide();

    auto *content = new QWidget;
    auto *groups = new QVBoxLayout(content);
    groups->addWidget(addGroup(u"mailGroup"_s, tr("Mail relay && sender"),
                               {{u"mail.relay_url"_s, tr("Relay (SMTP URL):")},
                                {u"mail.relay_password"_s, tr("Relay password:")},
                                {u"mail.from"_s, tr("Sender:")}}));
    groups->addWidget(addGroup(u"shopGroup"_s, tr("Shop identity"),
                               {{u"shop.name"_s, tr("Name:")},
                                {u"shop.address"_s, tr("Postal address:")},
                                {u"shop.phone"_s, tr("Phone:")},
                                {u"shop.reply_to"_s, tr("Replies go to:")},
                                {u"shop.bank_details"_s, tr("Bank details:")}}));
    groups->addWidget(
        addGroup(u"ordersGroup"_s, tr("Orders && payments"),
                 {{u"orders.reservation_minutes"_s, tr("Reservation (minutes):")},
                  {u"orders.payment_reminder_minutes"_s, tr("Payment reminder (minutes before):")},
                  {u"orders.return_window_days"_s, tr("Return window (days):")},
                  {u"orders.refund_approval_limit"_s, tr("Refund approval limit (cents):")},
                  {u"orders.payment_urls"_s, tr("Payment pages (method=URL):")},
                  {u"orders.carrier_urls"_s, tr("Carriers' tracking (carrier=URL):")}}));
    groups->addWidget(addGroup(u"mailboxGroup"_s, tr("Shop mailbox (IMAP)"),
                               {{u"mailbox.imap_url"_s, tr("Mailbox (IMAP URL):")},
                                {u"mailbox.imap_user"_s, tr("User:")},
                                {u"mailbox.imap_password"_s, tr("Password:")},
                                {u"mailbox.poll_seconds"_s, tr("Read every (seconds):")}}));

    // The business calendar and service levels belong to customer care; not repeated here.
    auto *care = new QGroupBox(tr("Business calendar && service levels"), content);
    auto *careLayout = new QHBoxLayout(care);
    auto *careNote = new QLabel(
        tr("The business calendar and the service levels are kept with customer care."), care);
    careNote->setWordWrap(true);
    auto *careButton = new QPushButton(tr("Open &Tickets"), care);
    careButton->setObjectName(u"openServiceLevels"_s);
    careLayout->addWidget(careNote, 1);
    careLayout->addWidget(careButton);
    groups->addWidget(care);
    groups->addStretch(1);
    connect(careButton, &QPushButton::clicked, this, &SettingsView::serviceLevelsRequested);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    reload();
}

QGroupBox *SettingsView::addGroup(const QString &name, const QString &title,
                                  const QList<Field> &fields)
{
    auto *group = new QGroupBox(title);
    group->setObjectName(name);
    auto *form = new QFormLayout(group);
    for (const Field &field : fields) {
        QWidget *editor = makeEditor(field.key);
        editor->setParent(group);
        auto *note = new QLabel(group);
        note->setObjectName(field.key + u"-note"_s);
        note->setWordWrap(true);
        note->hide();
        auto *cell = new QVBoxLayout;
        cell->addWidget(editor);
        cell->addWidget(note);
        form->addRow(field.label, cell);
        m_editors.insert(field.key, editor);
        m_notes.insert(field.key, note);
        m_groupOf.insert(field.key, name);
    }
    auto *error = new QLabel(group);
    error->setObjectName(name + u"-error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: palette(highlight); font-weight: bold"_s);
    error->hide();
    form->addRow(error);
    m_errors.insert(name, error);
    return group;
}

QWidget *SettingsView::makeEditor(const QString &key)
{
    QWidget *editor = nullptr;
    if (const auto range = rangeOf(key); range.second > 0) {
        auto *spin = new QSpinBox;
        spin->setRange(range.first, range.second);
        editor = spin;
    } else if (isMultiLine(key)) {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        editor = text;
    } else {
        auto *line = new QLineEdit;
        if (isSecret(key))
            line->setEchoMode(QLineEdit::Password);
        editor = line;
    }
    editor->setObjectName(key);
    return editor;
}

void SettingsView::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
}

void SettingsView::reload()
{
    setBusy(true);
    m_service->list([this, self = QPointer<SettingsView>(this)](
                        const Result<QList<client::ServerSetting>> &settings) {
        if (!self)
            return;
        setBusy(false);
        if (!settings) {
            m_message->showMessage(tr("The settings cannot be read: %1")
                                       .arg(client::ErrorText::describe(settings.error())),
                                   MessageBar::Kind::Error);
            m_message->show();
            return;
        }
        showSettings(settings.value());
        emit loaded();
    });
}

void SettingsView::showSettings(const QList<client::ServerSetting> &settings)
{
    m_settings.clear();
    for (const client::ServerSetting &setting : settings) {
        m_settings.insert(setting.key, setting);
        QWidget *editor = m_editors.value(setting.key);
        if (!editor)
            continue; // a setting a newer server has
        QStringList notes;
        if (!setting.isEditable())
            notes.append(tr("Set by the operator on the server's command line; change it there."));
        else if (!setting.live)
            notes.append(tr("A change applies at the server's next start."));
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (setting.secret) {
                line->clear(); // never filled in: the server does not say it
                line->setPlaceholderText(setting.isSet ? tr("(set)") : tr("(not set)"));
            } else {
                line->setText(setting.value.toString());
            }
            line->setReadOnly(!setting.isEditable());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            text->setPlainText(isList(setting.key) ? setting.value.toStringList().join(u'\n')
                                                   : setting.value.toString());
            text->setReadOnly(!setting.isEditable());
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(int(setting.value.toLongLong()));
            spin->setReadOnly(!setting.isEditable());
        }
        QLabel *note = m_notes.value(setting.key);
        note->setText(notes.join(u' '));
        note->setVisible(!notes.isEmpty());
    }
}

QVariant SettingsView::valueOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return isSecret(key) && line->text().isEmpty() ? QVariant()
                                                       : QVariant(line->text().trimmed());
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (!isList(key))
            return text->toPlainText().trimmed();
        QStringList entries;
        for (const QString &entry : text->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                entries.append(entry.trimmed());
        }
        return entries;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return qint64(spin->value());
    return {};
}

QVariantMap SettingsView::changes() const
{
    QVariantMap changed;
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
        const client::ServerSetting &setting = it.value();
        if (!setting.isEditable() || !m_editors.contains(setting.key))
            continue;
        const QVariant value = valueOf(setting.key);
        if (setting.secret) {
            if (value.isValid()) // typed: a new secret
                changed.insert(setting.key, value);
            continue;
        }
        const bool same = isList(setting.key) ? value.toStringList() == setting.value.toStringList()
                          : value.typeId() == QMetaType::LongLong
                              ? value.toLongLong() == setting.value.toLongLong()
                              : value.toString() == setting.value.toString();
        if (!same)
            changed.insert(setting.key, value);
    }
    return changed;
}

void SettingsView::save()
{
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
    m_message->hide();
    const QVariantMap changed = changes();
    if (changed.isEmpty()) {
        m_message->showMessage(tr("Nothing was changed."));
        m_message->show();
        return;
    }
    setBusy(true);
    m_service->change(changed, [this, self = QPointer<SettingsView>(this)](
                                   const Result<QList<client::ServerSetting>> &settings) {
        if (!self)
            return;
        setBusy(false);
        if (!settings)
            return showRefusal(settings.error());
        showSettings(settings.value());
        m_message->showMessage(tr("The settings are saved."));
        m_message->show();
        emit loaded();
    });
}

void SettingsView::showRefusal(const Error &error)
{
    const QString key = client::SettingsService::refusedKey(error);
    const QString text = error.code == u"mail_relay_unreachable"_s
                             ? tr("Not saved: the mail relay cannot be used. %1").arg(error.message)
                             : tr("Not saved: %1").arg(client::ErrorText::describe(error));
    QLabel *label = m_errors.value(m_groupOf.value(key));
    if (!label) {
        m_message->showMessage(text, MessageBar::Kind::Error);
        m_message->show();
        return;
    }
    label->setText(text);
    label->show();
    if (QWidget *editor = m_editors.value(key))
        editor->setFocus();
}

} // namespace shopdesk::ui
