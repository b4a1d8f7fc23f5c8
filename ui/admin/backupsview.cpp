#include "admin/backupsview.h"

#include "client/admin/backupservice.h"
#include "client/errortext.h"
#include "client/tablecell.h"
#include "common/messagebar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString checkText(const client::BackupRecord &backup)
{
    if (backup.status != client::BackupRecord::Status::Done)
        return {};
    return backup.checkPassed
               ? BackupsView::tr("OK")
               : BackupsView::tr("%n problem(s)", nullptr, int(backup.findings.size()));
}

// The server's refusal in the admin's words; PostgreSQL's answer says what to do instead.
QString refusalText(const Error &error)
{
    if (error.code == u"backup_by_pg_dump"_s) {
        return BackupsView::tr("This shop keeps its data in PostgreSQL, which Shopdesk does not "
                               "copy itself. Your operator backs it up with pg_dump on the "
                               "database server (see \"Backups\" in the operator guide).");
    }
    return client::ErrorText::describe(error);
}

} // namespace

QString BackupsView::statusText(const client::BackupRecord &backup)
{
    switch (backup.status) {
    case client::BackupRecord::Status::Running:
        return tr("Running");
    case client::BackupRecord::Status::Done:
        return tr("Done");
    case client::BackupRecord::Status::Failed:
        return tr("Failed");
    }
    return {};
}

QString BackupsView::summary(const client::BackupRecord &backup)
{
    const QString when = QLocale().toString(backup.startedAt.toLocalTime(), QLocale::ShortFormat);
    switch (backup.status) {
    case client::BackupRecord::Status::Running:
        return tr("Running since %1, started by %2.").arg(when, backup.by);
    case client::BackupRecord::Status::Failed:
        return tr("%1 by %2: failed. %3").arg(when, backup.by, backup.message);
    case client::BackupRecord::Status::Done:
        break;
    }
    const QString made =
        tr("%1 by %2, %3: %4").arg(when, backup.by, sizeText(backup.sizeBytes), backup.file);
    if (backup.checkPassed)
        return made + u'\n' + tr("Check OK: the copy is sound.");
    return made + u'\n' + tr("The check found problems: %1").arg(backup.findings.join(u"; "_s));
}

BackupsView::BackupsView(client::BackupService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new Model(
          {
              {tr("File"),
               [](const client::BackupRecord &b) { return client::TableCell::text(b.file); }},
              {tr("Size"),
               [](const client::BackupRecord &b) {
                   return b.isRunning() ? client::TableCell::empty()
                                        : client::TableCell::text(sizeText(b.sizeBytes));
               }},
              {tr("Started"),
               [](const client::BackupRecord &b) { return client::TableCell::time(b.startedAt); }},
              {tr("Finished"),
               [](const client::BackupRecord &b) { return client::TableCell::time(b.finishedAt); }},
              {tr("By"),
               [](const client::BackupRecord &b) { return client::TableCell::text(b.by); }},
              {tr("Status"),
               [](const client::BackupRecord &b) {
                   return client::TableCell::text(statusText(b));
               }},
              {tr("Check"),
               [](const client::BackupRecord &b) { return client::TableCell::text(checkText(b)); }},
          },
          this))
    , m_last(new QLabel(this))
    , m_backUp(new QPushButton(tr("&Back up now"), this))
    , m_table(new QTableView(this))
    , m_message(new MessageBar(this))
{
    setObjectName(u"backupsView"_s);
    m_last->setObjectName(u"lastBackup"_s);
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backUp->setObjectName(u"backUpNow"_s);
    m_table->setObjectName(u"backupTable"_s);
    m_table->setAccessibleName(tr("Backups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message->setObjectName(u"backupsMessage"_s);

    auto *title = new QLabel(tr("Last backup"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *top = new QHBoxLayout;
    auto *lastBox = new QVBoxLayout;
    lastBox->addWidget(title);
    lastBox->addWidget(m_last);
    top->addLayout(lastBox, 1);
    top->addWidget(m_backUp, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_table);

    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &BackupsView::reload);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsView::backUpNow);
    reload();
}

void BackupsView::reload()
{
    QPointer<BackupsView> self(this);
    m_service->list([self](const Result<QList<client::BackupRecord>> &backups) {
        if (!self)
            return;
        if (!backups) {
            self->m_poll.stop();
            self->setBusy(false);
            self->m_message->showMessage(refusalText(backups.error()), MessageBar::Kind::Error);
            return;
        }
        self->showList(backups.value());
        emit self->reloaded();
    });
}

void BackupsView::showList(const QList<client::BackupRecord> &backups)
{
    m_model->setRows(backups);
    m_table->resizeColumnsToContents();
    m_last->setText(backups.isEmpty() ? tr("No backup yet.") : summary(backups.first()));
    const bool running = std::any_of(backups.begin(), backups.end(),
                                     [](const client::BackupRecord &b) { return b.isRunning(); });
    setBusy(running || m_starting);
    if (running)
        m_poll.start();
    else
        m_poll.stop();
}

void BackupsView::setBusy(bool busy)
{
    m_backUp->setEnabled(!busy);
    m_backUp->setText(busy ? tr("Backing up…") : tr("&Back up now"));
}

void BackupsView::backUpNow()
{
    m_starting = true;
    setBusy(true);
    m_message->hide();
    QPointer<BackupsView> self(this);
    m_service->start([self](const Result<client::BackupRecord> &backup) {
        if (!self)
            return;
        self->m_starting = false;
        if (!backup) {
            self->setBusy(false);
            self->m_message->showMessage(refusalText(backup.error()), MessageBar::Kind::Error);
            return;
        }
        self->m_message->showMessage(tr("Backup started: %1").arg(backup->file));
        self->reload();
    });
}

} // namespace shopdesk::ui
