#include "content/reviewqueuewidget.h"
#include "common/themecolors.h"

#include "client/contentservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ReviewQueueWidget::ReviewQueueWidget(client::ContentService *service, bool mayPublish,
                                     QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_state(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_when(new QDateTimeEdit(this))
    , m_message(new QLabel(this))
{
    m_state->addItem(tr("In review"), u"in_review"_s);
    m_state->addItem(tr("Scheduled"), u"scheduled"_s);
    m_table->setObjectName(u"queue"_s);
    m_table->setAccessibleName(tr("Content waiting for review or scheduled"));
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Title"), tr("Version"), tr("Changed by"), tr("Changed / publishes at")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_when->setObjectName(u"scheduleAt"_s);
    m_when->setAccessibleName(tr("Publish at"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_when->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_message->setWordWrap(true);

    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *open = new QPushButton(tr("Open in editor"), this);
    auto *publish = new QPushButton(tr("Approve && publish now"), this);
    publish->setObjectName(u"publishNow"_s);
    auto *schedule = new QPushButton(tr("Schedule at"), this);
    schedule->setObjectName(u"schedule"_s);
    auto *back = new QPushButton(tr("Send back"), this);
    back->setObjectName(u"sendBack"_s);
    m_managerButtons = {publish, schedule, back};
    for (QPushButton *b : m_managerButtons)
        b->setVisible(mayPublish);
    m_when->setVisible(mayPublish);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ReviewQueueWidget::refresh);
    connect(refresh, &QPushButton::clicked, this, &ReviewQueueWidget::refresh);
    connect(open, &QPushButton::clicked, this, [this] {
        if (!selectedSku().isEmpty())
            emit openProduct(selectedSku());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { emit openProduct(m_table->item(row, 0)->text()); });
    connect(publish, &QPushButton::clicked, this, &ReviewQueueWidget::publishNow);
    connect(schedule, &QPushButton::clicked, this, &ReviewQueueWidget::schedule);
    connect(back, &QPushButton::clicked, this, &ReviewQueueWidget::sendBack);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_state);
    top->addWidget(refresh);
    top->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(open);
    actions->addStretch();
    actions->addWidget(publish);
    actions->addWidget(schedule);
    actions->addWidget(m_when);
    actions->addWidget(back);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    setMessage({}, false);
}

QString ReviewQueueWidget::message() const
{
    return m_message->text();
}

void ReviewQueueWidget::setMessage(const QString &text, bool error)
{
    setStatusText(m_message, text, error);
}

QString ReviewQueueWidget::selectedSku() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void ReviewQueueWidget::refresh()
{
    QPointer<ReviewQueueWidget> self(this);
    const QString state = m_state->currentData().toString();
    m_service->list(state, [self, state](const Result<QList<ContentListItem>> &result) {
        if (!self || self->m_state->currentData().toString() != state)
            return;
        if (!result)
            return self->setMessage(result.error().message, true);
        const QString selected = self->selectedSku();
        self->m_table->setRowCount(0);
        for (const ContentListItem &item : *result) {
            const int row = self->m_table->rowCount();
            self->m_table->insertRow(row);
            const QDateTime when = state == u"scheduled"_s ? item.publishAt : item.updatedAt;
            const QDateTime at = when.toLocalTime();
            const QStringList cells{item.sku, item.title, QString::number(item.version),
                                    item.updatedBy, QLocale().toString(at, QLocale::ShortFormat)};
            for (int column = 0; column < cells.size(); ++column)
                self->m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            if (cells.first() == selected)
                self->m_table->selectRow(row);
        }
        self->m_table->resizeColumnToContents(0);
        if (self->m_table->currentRow() < 0 && self->m_table->rowCount() > 0)
            self->m_table->selectRow(0);
    });
}

void ReviewQueueWidget::publishNow()
{
    act(u"publish"_s, {});
}

void ReviewQueueWidget::schedule()
{
    const QDateTime at = m_when->dateTime();
    if (at <= QDateTime::currentDateTime()) {
        setMessage(tr("Pick a time in the future to schedule."), true);
        return;
    }
    act(u"publish"_s, at);
}

void ReviewQueueWidget::sendBack()
{
    act(u"reject"_s, {});
}

void ReviewQueueWidget::act(const QString &verb, const QDateTime &at)
{
    const QString sku = selectedSku();
    if (sku.isEmpty()) {
        setMessage(tr("Select a page first."), true);
        return;
    }
    QPointer<ReviewQueueWidget> self(this);
    auto done = [self, sku, verb, at](const Result<ProductContent> &result) {
        if (!self)
            return;
        if (!result) {
            self->setMessage(result.error().message, true);
            return;
        }
        if (verb == u"reject"_s)
            self->setMessage(tr("%1 was sent back to its editor.").arg(sku), false);
        else if (result->state == u"scheduled"_s)
            self->setMessage(tr("%1 will be published at %2.")
                                 .arg(sku, QLocale().toString(at, QLocale::ShortFormat)),
                             false);
        else
            self->setMessage(
                tr("%1 is published as revision %2.").arg(sku).arg(result->publishedRevision),
                false);
        emit self->contentChanged(sku);
        self->refresh();
    };
    if (verb == u"reject"_s)
        m_service->reject(sku, done);
    else
        m_service->publish(sku, at, done);
}

} // namespace shopdesk::ui
