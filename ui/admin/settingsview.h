#pragma once

#include "client/admin/serversetting.h"
#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QVariantMap>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace shopdesk::client {
class SettingsService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// The Admin module's Settings tab: the server's settings in groups (mail relay and sender,
// shop identity, orders and payments, the shop's mailbox). Secrets are password fields that
// show only whether one is set and are never filled in; what the operator set on the
// server's command line is read-only with a note. Save sends only what changed; a refusal is
// shown next to the group of the setting it names.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(client::SettingsService *service, QWidget *parent = nullptr);

    void reload();
    void save();

    // The editor of a setting (a QLineEdit, QPlainTextEdit or QSpinBox), by key.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // The error shown under a group, by the group's object name ("mailGroup", ...).
    QLabel *groupError(const QString &group) const { return m_errors.value(group); }
    QPushButton *saveButton() const { return m_save; }
    MessageBar *messageBar() const { return m_message; }
    bool isBusy() const { return m_busy; }

signals:
    // The settings were read or stored.
    void loaded();
    // The admin asked for the care module's business calendar and service levels.
    void serviceLevelsRequested();

private:
    struct Field
    {
        QString key;
        QString label;
    };
    QGroupBox *addGroup(const QString &name, const QString &title, const QList<Field> &fields);
    QWidget *makeEditor(const QString &key);
    void showSettings(const QList<client::ServerSetting> &settings);
    // The editor's value as the server takes it; invalid when a secret is left empty.
    QVariant valueOf(const QString &key) const;
    QVariantMap changes() const;
    void showRefusal(const Error &error);
    void setBusy(bool busy);

    client::SettingsService *m_service;
    MessageBar *m_message;
    QPushButton *m_save;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_notes;
    QHash<QString, QString> m_groupOf; // key → group
    QHash<QString, QLabel *> m_errors; // group → its error line
    QHash<QString, client::ServerSetting> m_settings;
    bool m_busy = false;
};

} // namespace shopdesk::ui
