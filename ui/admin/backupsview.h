#pragma once

#include "client/admin/backuprecord.h"
#include "client/rowtablemodel.h"
#include "domain/result.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace shopdesk::client {
class BackupService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// The Admin module's Backups tab: the last backup (when, how big, who asked, whether its
// check passed), every backup the server keeps, and "Back up now". While a backup runs the
// button is busy and the list is read again every second until it has finished.
class BackupsView : public QWidget
{
    Q_OBJECT
public:
    using Model = client::RowTableModel<client::BackupRecord>;

    static constexpr int pollMs = 1000;

    explicit BackupsView(client::BackupService *service, QWidget *parent = nullptr);

    void reload();
    void backUpNow();

    // The line under "Last backup" for a backup; the status column's word.
    static QString summary(const client::BackupRecord &backup);
    static QString statusText(const client::BackupRecord &backup);

    Model *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *lastBackup() const { return m_last; }
    QPushButton *backUpButton() const { return m_backUp; }
    MessageBar *messageBar() const { return m_message; }

signals:
    // The list was read again from the server.
    void reloaded();

private:
    void showList(const QList<client::BackupRecord> &backups);
    void setBusy(bool busy);

    client::BackupService *m_service;
    Model *m_model;
    QLabel *m_last;
    QPushButton *m_backUp;
    QTableView *m_table;
    MessageBar *m_message;
    QTimer m_poll;
    bool m_starting = false;
};

} // namespace shopdesk::ui
