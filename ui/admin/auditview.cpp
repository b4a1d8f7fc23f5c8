#include "admin/auditview.h"

#include "client/admin/auditmodel.h"
#include "client/admin/auditservice.h"
#include "client/errortext.h"
#include "common/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

AuditView::AuditView(client::AuditService *service, const QStringList &entities, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new client::AuditModel(this))
    , m_user(new QLineEdit(this))
    , m_entity(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("Fr&om"), this))
    , m_from(new QDateTimeEdit(this))
    , m_toCheck(new QCheckBox(tr("&To"), this))
    , m_to(new QDateTimeEdit(this))
    , m_search(new QPushButton(tr("Sear&ch"), this))
    , m_more(new QPushButton(tr("Load &more"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_table(new QTableView(this))
    , m_details(new QTableWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(u"auditView"_s);
    m_user->setObjectName(u"auditUser"_s);
    m_user->setPlaceholderText(tr("Any user"));
    m_user->setAccessibleName(tr("User"));
    m_user->setClearButtonEnabled(true);
    m_entity->setObjectName(u"auditEntity"_s);
    m_entity->setAccessibleName(tr("Record"));
    m_entity->addItem(tr("All records"), QString());
    for (const QString &entity : entities)
        m_entity->addItem(client::AuditModel::entityTitle(entity), entity);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setAccessibleName(tr("From"));
    m_from->setDateTime(now.addDays(-7));
    m_to->setObjectName(u"auditTo"_s);
    m_to->setAccessibleName(tr("To"));
    m_to->setDateTime(now);
    m_fromCheck->setObjectName(u"auditFromCheck"_s);
    m_toCheck->setObjectName(u"auditToCheck"_s);
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setDefault(true);
    m_more->setObjectName(u"auditMore"_s);
    m_export->setObjectName(u"auditExport"_s);
    m_message->setObjectName(u"auditMessage"_s);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_details->setObjectName(u"auditDetails"_s);
    m_details->setAccessibleName(tr("Fields of the change"));
    m_details->setColumnCount(2);
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("Use&r:"), this);
    userLabel->setBuddy(m_user);
    auto *entityLabel = new QLabel(tr("Recor&d:"), this);
    entityLabel->setBuddy(m_entity);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addWidget(entityLabel);
    filters->addWidget(m_entity);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addWidget(m_search);
    filters->addStretch();
    filters->addWidget(m_export);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_search, &QPushButton::clicked, this, &AuditView::search);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditView::search);
    connect(m_more, &QPushButton::clicked, this, &AuditView::loadMore);
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditView::showDetails);
    updateButtons();
    search();
}

client::AuditQuery AuditView::query() const
{
    client::AuditQuery query;
    query.user = m_user->text().trimmed();
    query.entity = m_entity->currentData().toString();
    if (m_fromCheck->isChecked())
        query.from = m_from->dateTime();
    if (m_toCheck->isChecked())
        query.to = m_to->dateTime();
    return query;
}

void AuditView::search()
{
    const client::AuditQuery wanted = query();
    if (wanted.from.isValid() && wanted.to.isValid() && wanted.from > wanted.to) {
        m_message->showMessage(tr("The start of the time range is after its end."),
                               MessageBar::Kind::Error);
        return;
    }
    m_shown = wanted;
    read(0);
}

void AuditView::loadMore()
{
    if (m_next > 0)
        read(m_next);
}

void AuditView::read(qint64 after)
{
    m_loading = true;
    updateButtons();
    QPointer<AuditView> self(this);
    m_service->page(m_shown, after, pageSize, [self, after](const Result<client::AuditPage> &page) {
        if (!self)
            return;
        self->m_loading = false;
        if (!page) {
            self->m_message->showMessage(client::ErrorText::describe(page.error()),
                                         MessageBar::Kind::Error);
            self->updateButtons();
            emit self->loaded();
            return;
        }
        if (after == 0) {
            self->m_model->setEntries(page.value().entries);
            self->showDetails();
        } else {
            self->m_model->append(page.value().entries);
        }
        self->m_next = page.value().next;
        self->updateButtons();
        emit self->loaded();
    });
}

void AuditView::showDetails()
{
    m_details->setRowCount(0);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const client::AuditEntry &entry = m_model->entry(rows.first().row());
    m_details->setRowCount(int(entry.fields.size()));
    for (int i = 0; i < entry.fields.size(); ++i) {
        m_details->setItem(i, 0, new QTableWidgetItem(entry.fields[i].name));
        m_details->setItem(i, 1, new QTableWidgetItem(entry.fields[i].value));
    }
    m_details->resizeRowsToContents();
}

void AuditView::updateButtons()
{
    m_search->setEnabled(!m_loading);
    m_more->setEnabled(!m_loading && m_next > 0);
    m_export->setEnabled(!m_exporting);
}

void AuditView::exportChosen()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit as CSV"),
                                                      tr("audit.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditView::exportTo(const QString &path)
{
    m_exporting = true;
    updateButtons();
    QPointer<AuditView> self(this);
    // The filters of the list shown: what the user sees is what gets exported.
    m_service->exportCsv(m_shown, path, [self, path](const Result<qint64> &rows) {
        if (!self)
            return;
        self->m_exporting = false;
        self->updateButtons();
        if (!rows) {
            self->m_message->showMessage(client::ErrorText::describe(rows.error()),
                                         MessageBar::Kind::Error);
        } else {
            self->m_message->showMessage(
                tr("Saved %n change(s) to %1.", nullptr, int(rows.value())).arg(path));
        }
        emit self->exported(rows.ok());
    });
}

} // namespace shopdesk::ui
