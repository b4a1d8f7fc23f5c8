#include "content/revisionhistorywidget.h"
#include "common/themecolors.h"

#include "client/contentservice.h"
#include "content/conflictview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

RevisionHistoryWidget::RevisionHistoryWidget(client::ContentService *service, bool mayRollBack,
                                             QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_table(new QTableWidget(0, 4, this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new QTextBrowser(this))
    , m_message(new QLabel(this))
    , m_rollback(new QPushButton(tr("Roll back to this revision"), this))
{
    m_table->setObjectName(u"revisions"_s);
    m_table->setAccessibleName(tr("Published revisions"));
    m_table->setHorizontalHeaderLabels({tr("Revision"), tr("Published"), tr("By"), tr("Source")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setObjectName(u"diff"_s);
    m_diff->setAccessibleName(tr("Differences between the revisions"));
    m_from->setObjectName(u"diffFrom"_s);
    m_from->setAccessibleName(tr("Compare from revision"));
    m_to->setObjectName(u"diffTo"_s);
    m_to->setAccessibleName(tr("Compare with"));
    m_rollback->setObjectName(u"rollback"_s);
    m_rollback->setVisible(mayRollBack);
    m_message->setWordWrap(true);
    auto *compareButton = new QPushButton(tr("Compare"), this);
    compareButton->setObjectName(u"compare"_s);
    connect(compareButton, &QPushButton::clicked, this, [this] {
        if (m_from->currentIndex() >= 0 && m_to->currentIndex() >= 0)
            compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
    });
    connect(m_rollback, &QPushButton::clicked, this, &RevisionHistoryWidget::rollbackSelected);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Compare revision"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("with"), this));
    controls->addWidget(m_to);
    controls->addWidget(compareButton);
    controls->addStretch();
    controls->addWidget(m_rollback);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    setMessage({}, false);
}

QString RevisionHistoryWidget::message() const
{
    return m_message->text();
}

void RevisionHistoryWidget::setMessage(const QString &text, bool error)
{
    setStatusText(m_message, text, error);
}

void RevisionHistoryWidget::setProduct(const QString &sku)
{
    m_sku = sku;
    m_diff->clear();
    setMessage({}, false);
    refresh();
}

void RevisionHistoryWidget::refresh()
{
    m_table->setRowCount(0);
    m_from->clear();
    m_to->clear();
    if (m_sku.isEmpty())
        return;
    QPointer<RevisionHistoryWidget> self(this);
    const QString sku = m_sku;
    m_service->revisions(sku, [self, sku](const Result<QList<ContentRevision>> &result) {
        if (!self || self->m_sku != sku)
            return;
        if (!result)
            return self->setMessage(result.error().message, true);
        self->m_table->setRowCount(0);
        self->m_from->clear();
        self->m_to->clear();
        for (const ContentRevision &item : *result) {
            const qint64 revision = item.revision;
            const QDateTime at = item.publishedAt;
            const int row = self->m_table->rowCount();
            self->m_table->insertRow(row);
            const QStringList cells{QString::number(revision),
                                    QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                                    item.publishedBy, item.source + u" — "_s + item.title};
            for (int column = 0; column < cells.size(); ++column)
                self->m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            self->m_table->item(row, 0)->setData(Qt::UserRole, revision);
            self->m_from->addItem(tr("%1").arg(revision), revision);
            self->m_to->addItem(tr("%1").arg(revision), revision);
        }
        self->m_to->addItem(tr("current draft"), qint64(-1));
        if (self->m_from->count() > 1)
            self->m_from->setCurrentIndex(self->m_from->count() - 2);
        self->m_to->setCurrentIndex(self->m_to->count() - (self->m_from->count() > 1 ? 2 : 1));
        if (self->m_table->rowCount() > 0)
            self->m_table->selectRow(self->m_table->rowCount() - 1);
        if (result->isEmpty())
            self->m_diff->setHtml(tr("<p><i>Nothing published yet.</i></p>"));
    });
}

void RevisionHistoryWidget::compare(qint64 from, qint64 to)
{
    QPointer<RevisionHistoryWidget> self(this);
    const QString sku = m_sku;
    m_service->diff(sku, from, to, [self, sku](const Result<ContentDiff> &result) {
        if (!self || self->m_sku != sku)
            return;
        if (!result)
            return self->setMessage(result.error().message, true);
        self->setMessage({}, false);
        self->showDiff(*result);
    });
}

void RevisionHistoryWidget::showDiff(const ContentDiff &diff)
{
    const QString from = tr("Revision %1").arg(diff.from);
    const QString to = diff.to ? tr("Revision %1").arg(*diff.to) : tr("Current draft");
    const QList<ContentDiff::Change> &changes = diff.changes;
    QString html = u"<h3>%1 → %2</h3>"_s.arg(from.toHtmlEscaped(), to.toHtmlEscaped());
    if (changes.isEmpty()) {
        html += tr("<p>No field differs.</p>");
    } else {
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
        html += u"<tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            tr("Field").toHtmlEscaped(), from.toHtmlEscaped(), to.toHtmlEscaped());
        // Removed and added, tinted from the palette so the text reads in a dark theme too.
        const QString removed = toneColors(Tone::Error, palette()).background.name();
        const QString added = toneColors(Tone::Success, palette()).background.name();
        for (const ContentDiff::Change &change : changes) {
            const QString &field = change.field;
            html +=
                u"<tr><td><b>%1</b></td><td bgcolor=\"%4\">%2</td>"
                u"<td bgcolor=\"%5\">%3</td></tr>"_s.arg(
                    field.toHtmlEscaped(),
                    ConflictView::displayText(field, change.from).toHtmlEscaped(),
                    ConflictView::displayText(field, change.to).toHtmlEscaped(), removed, added);
        }
        html += u"</table>"_s;
    }
    if (!diff.unchanged.isEmpty()) {
        html += tr("<p style=\"color:#666\">Unchanged: %1</p>").arg(diff.unchanged.join(u", "_s));
    }
    m_diff->setHtml(html);
}

void RevisionHistoryWidget::rollbackSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_sku.isEmpty()) {
        setMessage(tr("Select a revision first."), true);
        return;
    }
    const qint64 revision = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    QPointer<RevisionHistoryWidget> self(this);
    const QString sku = m_sku;
    m_service->rollback(sku, revision, [self, sku, revision](const Result<ProductContent> &result) {
        if (!self || self->m_sku != sku)
            return;
        if (!result)
            return self->setMessage(tr("Not rolled back: %1").arg(result.error().message), true);
        self->setMessage(tr("Revision %1 is live again as revision %2.")
                             .arg(revision)
                             .arg(result->publishedRevision),
                         false);
        emit self->contentChanged(*result);
        self->refresh();
    });
}

} // namespace shopdesk::ui
