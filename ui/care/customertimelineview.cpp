#include "care/customertimelineview.h"

#include "client/care/customertimelinemodel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// An icon for each kind of event, from the theme where it has one.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = iconFor(index.data(client::CustomerTimelineModel::KindRole).toString());
        option->decorationSize = QSize(22, 22);
    }

private:
    static QIcon iconFor(const QString &kind)
    {
        if (kind == u"order_created"_s)
            return QIcon::fromTheme(u"x-office-document"_s, QIcon(u":/icons/orders.svg"_s));
        if (kind == u"order_status"_s)
            return QIcon::fromTheme(u"view-refresh"_s, QIcon(u":/icons/orders.svg"_s));
        if (kind == u"mail_sent"_s)
            return QIcon::fromTheme(u"mail-send"_s, QIcon(u":/icons/customers.svg"_s));
        if (kind == u"note"_s)
            return QIcon::fromTheme(u"accessories-text-editor"_s, QIcon(u":/icons/content.svg"_s));
        return QIcon::fromTheme(u"dialog-information"_s, QIcon(u":/icons/customers.svg"_s));
    }
};

} // namespace

CustomerTimelineView::CustomerTimelineView(client::CustomerTimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_older(new QPushButton(tr("Show &older"), this))
    , m_note(new QLineEdit(this))
    , m_addNote(new QPushButton(tr("Add &note"), this))
{
    m_list->setObjectName(u"customerTimeline"_s);
    m_list->setAccessibleName(tr("Timeline"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(2);
    m_older->setObjectName(u"timelineOlder"_s);
    m_note->setObjectName(u"noteField"_s);
    m_note->setPlaceholderText(tr("Internal note: what was said or agreed"));
    m_note->setMaxLength(10000);
    m_addNote->setObjectName(u"addNote"_s);
    m_addNote->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_older);

    connect(m_note, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addNote->setEnabled(!text.trimmed().isEmpty()); });
    const auto requestNote = [this] {
        if (!m_note->text().trimmed().isEmpty() && m_addNote->isEnabled())
            emit noteRequested(m_note->text());
    };
    connect(m_addNote, &QPushButton::clicked, this, requestNote);
    connect(m_note, &QLineEdit::returnPressed, this, requestNote);
    connect(m_older, &QPushButton::clicked, this, &CustomerTimelineView::olderRequested);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant order = index.data(client::CustomerTimelineModel::OrderIdRole);
        if (!order.isNull())
            emit orderActivated(order.toLongLong());
    });
    connect(m_model, &client::CustomerTimelineModel::pageAdded, this,
            &CustomerTimelineView::updateOlder);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerTimelineView::updateOlder);
    updateOlder();
}

void CustomerTimelineView::updateOlder()
{
    m_older->setVisible(m_model->hasOlder());
}

void CustomerTimelineView::setNoteBusy(bool busy)
{
    m_note->setReadOnly(busy);
    m_addNote->setEnabled(!busy && !m_note->text().trimmed().isEmpty());
}

void CustomerTimelineView::clearNote()
{
    m_note->clear();
    setNoteBusy(false);
}

void CustomerTimelineView::setMayAddNotes(bool may)
{
    m_note->setVisible(may);
    m_addNote->setVisible(may);
}

} // namespace shopdesk::ui
