#include "content/conflictview.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ConflictView::ConflictView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_grid(nullptr)
    , m_rows(nullptr)
{
    m_summary->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_rows = new QWidget;
    m_grid = new QGridLayout(m_rows);
    scroll->setWidget(m_rows);
    auto *save = new QPushButton(tr("Save with these choices"), this);
    save->setObjectName(u"saveMerged"_s);
    auto *cancel = new QPushButton(tr("Back to my draft"), this);
    cancel->setObjectName(u"cancelMerge"_s);
    connect(save, &QPushButton::clicked, this,
            [this] { emit resolved(mergedFields(), m_theirsVersion); });
    connect(cancel, &QPushButton::clicked, this, &ConflictView::cancelled);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

QString ConflictView::displayText(const QString &field, const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(it.key() + u": "_s + it.value().toString());
        return items.join(u"; "_s);
    }
    if (value.typeId() == QMetaType::LongLong)
        return QString::number(value.toLongLong());
    if (field.endsWith(u"_description"_s) && field != u"meta_description"_s) {
        QTextDocument html;
        html.setHtml(value.toString());
        return html.toPlainText().simplified();
    }
    return value.toString();
}

void ConflictView::setConflict(const ContentConflict &conflict)
{
    m_theirs = conflict.theirs.fields;
    m_mine = conflict.mine;
    m_theirsVersion = conflict.theirs.version;
    m_summary->setText(tr("<b>%1 saved version %2 while you were editing.</b> Pick for each "
                          "differing field which text to keep, then save.")
                           .arg(conflict.theirs.updatedBy.toHtmlEscaped())
                           .arg(m_theirsVersion));
    m_choices.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto header = [this](int column, const QString &text) {
        auto *label = new QLabel(u"<b>%1</b>"_s.arg(text), m_rows);
        m_grid->addWidget(label, 0, column);
    };
    header(0, tr("Field"));
    header(1, tr("Mine"));
    header(2, tr("Theirs"));
    header(3, tr("Keep"));
    int row = 1;
    for (const QString &field : ContentFields::names()) {
        const QVariant mine = m_mine.value(field);
        const QVariant other = m_theirs.value(field);
        const bool differs = mine != other;
        auto *name = new QLabel(field, m_rows);
        auto *mineLabel = new QLabel(displayText(field, mine), m_rows);
        auto *theirLabel = new QLabel(displayText(field, other), m_rows);
        for (QLabel *label : {mineLabel, theirLabel}) {
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->setMaximumWidth(380);
            if (differs)
                label->setStyleSheet(u"background: palette(alternate-base); padding: 2px;"_s);
        }
        m_grid->addWidget(name, row, 0, Qt::AlignTop);
        m_grid->addWidget(mineLabel, row, 1, Qt::AlignTop);
        m_grid->addWidget(theirLabel, row, 2, Qt::AlignTop);
        if (differs) {
            auto *choice = new QWidget(m_rows);
            auto *keepMine = new QRadioButton(tr("Mine"), choice);
            auto *keepTheirs = new QRadioButton(tr("Theirs"), choice);
            keepMine->setObjectName(u"keepMine_"_s + field);
            keepTheirs->setObjectName(u"keepTheirs_"_s + field);
            keepMine->setChecked(true);
            auto *group = new QButtonGroup(choice);
            group->addButton(keepMine);
            group->addButton(keepTheirs);
            auto *box = new QHBoxLayout(choice);
            box->setContentsMargins(0, 0, 0, 0);
            box->addWidget(keepMine);
            box->addWidget(keepTheirs);
            m_grid->addWidget(choice, row, 3, Qt::AlignTop);
            m_choices.insert(field, keepMine);
        } else {
            m_grid->addWidget(new QLabel(tr("same"), m_rows), row, 3, Qt::AlignTop);
        }
        ++row;
    }
    m_grid->setRowStretch(row, 1);
}

void ConflictView::choose(const QString &field, bool mine)
{
    QRadioButton *keepMine = m_choices.value(field);
    if (!keepMine)
        return;
    if (mine)
        keepMine->setChecked(true);
    else if (auto *keepTheirs = m_rows->findChild<QRadioButton *>(u"keepTheirs_"_s + field))
        keepTheirs->setChecked(true);
}

ContentFields ConflictView::mergedFields() const
{
    ContentFields merged = m_mine;
    for (const QString &field : ContentFields::names()) {
        const QRadioButton *keepMine = m_choices.value(field);
        if (keepMine && !keepMine->isChecked())
            merged.setValue(field, m_theirs.value(field));
    }
    return merged;
}

} // namespace shopdesk::ui
