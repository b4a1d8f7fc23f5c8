#include "content/contenteditor.h"
#include "common/themecolors.h"

#include "client/contentservice.h"
#include "content/categorybrowser.h"
#include "content/categorypicker.h"
#include "content/categorytreemodel.h"
#include "content/conflictview.h"
#include "content/contentdocument.h"
#include "content/richtextedit.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString stateText(const QString &state)
{
    if (state == u"in_review"_s)
        return ContentEditor::tr("In review");
    if (state == u"scheduled"_s)
        return ContentEditor::tr("Scheduled");
    if (state == u"published"_s)
        return ContentEditor::tr("Published");
    return ContentEditor::tr("Draft");
}

} // namespace

ContentEditor::ContentEditor(client::ContentService *service, ContentDocument *document,
                             QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
    , m_conflict(new ConflictView(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_short(new RichTextEdit(this))
    , m_long(new RichTextEdit(this))
    , m_category(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_attributes(new QTableWidget(0, 2, this))
    , m_slug(new QLineEdit(this))
    , m_meta(new QLineEdit(this))
    , m_chooseCategory(new QToolButton(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_submit(new QPushButton(tr("Submit for review"), this))
    , m_undo(m_document->undoStack()->createUndoAction(this, tr("Undo")))
    , m_redo(m_document->undoStack()->createRedoAction(this, tr("Redo")))
{
    m_title->setObjectName(u"title"_s);
    m_title->setMaxLength(200);
    m_short->setObjectName(u"short_description"_s);
    m_long->setObjectName(u"long_description"_s);
    m_short->editor()->setMaximumHeight(110);
    // The form's labels name the wrapper; the text box inside is what a screen reader reaches.
    m_short->editor()->setAccessibleName(tr("Short description"));
    m_long->editor()->setAccessibleName(tr("Description"));
    m_category->setObjectName(u"category"_s);
    m_category->setPlaceholderText(tr("Kitchen/Knives"));
    m_category->setAccessibleName(tr("Category"));
    m_chooseCategory->setObjectName(u"chooseCategory"_s);
    m_chooseCategory->setText(tr("Choose…"));
    m_chooseCategory->setAccessibleName(tr("Choose category"));
    m_chooseCategory->setToolTip(tr("Choose the category from the tree (F4)"));
    m_chooseCategory->setShortcut(QKeySequence(Qt::Key_F4));
    m_tags->setObjectName(u"tags"_s);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. steel, gift"));
    m_attributes->setObjectName(u"attributes"_s);
    m_attributes->setAccessibleName(tr("Attributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setMaximumHeight(130);
    m_slug->setObjectName(u"slug"_s);
    m_slug->setMaxLength(100);
    m_slug->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[a-z0-9]+(-[a-z0-9]*)*"_s), m_slug));
    m_meta->setObjectName(u"meta_description"_s);
    m_meta->setMaxLength(300);
    m_save->setObjectName(u"save"_s);
    m_submit->setObjectName(u"submit"_s);
    m_state->setObjectName(u"state"_s);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);

    m_undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(m_undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(m_redo);

    auto *attributeButtons = new QHBoxLayout;
    auto *addAttribute = new QPushButton(tr("Add attribute"), this);
    auto *removeAttribute = new QPushButton(tr("Remove attribute"), this);
    attributeButtons->addWidget(addAttribute);
    attributeButtons->addWidget(removeAttribute);
    attributeButtons->addStretch();
    auto *category = new QHBoxLayout;
    category->addWidget(m_category, 1);
    category->addWidget(m_chooseCategory);

    auto *form = new QWidget;
    auto *fields = new QFormLayout(form);
    fields->addRow(tr("Title"), m_title);
    fields->addRow(tr("Short description"), m_short);
    fields->addRow(tr("Description"), m_long);
    fields->addRow(tr("Category"), category);
    fields->addRow(tr("Tags"), m_tags);
    auto *attributes = new QVBoxLayout;
    attributes->addWidget(m_attributes);
    attributes->addLayout(attributeButtons);
    fields->addRow(tr("Attributes"), attributes);
    fields->addRow(tr("Slug"), m_slug);
    fields->addRow(tr("Meta description"), m_meta);
    // Order and featured slots are set per page, on the Placement tab.
    auto *placementNote = new QLabel(
        tr("Display order and featured slots are set on the Placement tab, page by page."));
    placementNote->setWordWrap(true);
    fields->addRow(tr("Placement"), placementNote);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_conflict);

    auto *top = new QHBoxLayout;
    top->addWidget(undoButton);
    top->addWidget(redoButton);
    top->addWidget(m_state, 1);
    top->addWidget(m_save);
    top->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_short->editor(), m_long->editor(), m_category,
                                          m_tags, m_attributes, m_slug, m_meta})
        watchShortcuts(w);

    auto line = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { m_document->edit(field, text); });
    };
    line(m_title, u"title"_s);
    line(m_category, u"category"_s);
    line(m_slug, u"slug"_s);
    line(m_meta, u"meta_description"_s);
    connect(m_tags, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList tags;
        for (const QString &tag : text.split(u',', Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed());
        }
        m_document->edit(u"tags"_s, tags);
    });
    connect(m_short, &RichTextEdit::edited, this,
            [this](const QString &html) { m_document->edit(u"short_description"_s, html); });
    connect(m_long, &RichTextEdit::edited, this,
            [this](const QString &html) { m_document->edit(u"long_description"_s, html); });
    connect(m_chooseCategory, &QToolButton::clicked, this, &ContentEditor::chooseCategory);
    connect(m_attributes, &QTableWidget::itemChanged, this, &ContentEditor::attributesEdited);
    connect(addAttribute, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_attributes);
        m_attributes->insertRow(m_attributes->rowCount());
        m_attributes->setItem(m_attributes->rowCount() - 1, 0, new QTableWidgetItem);
        m_attributes->setItem(m_attributes->rowCount() - 1, 1, new QTableWidgetItem);
        m_attributes->editItem(m_attributes->item(m_attributes->rowCount() - 1, 0));
    });
    connect(removeAttribute, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() < 0)
            return;
        m_attributes->removeRow(m_attributes->currentRow());
        attributesEdited();
    });
    connect(m_save, &QPushButton::clicked, this, &ContentEditor::save);
    connect(m_submit, &QPushButton::clicked, this, &ContentEditor::submit);
    connect(m_document, &ContentDocument::fieldChanged, this, &ContentEditor::showField);
    connect(m_document, &ContentDocument::reloaded, this, [this] {
        m_pages->setCurrentIndex(0);
        setMessage({}, false);
        showAll();
    });
    connect(m_document, &ContentDocument::serverStateChanged, this, &ContentEditor::showState);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &ContentEditor::showState);
    connect(m_conflict, &ConflictView::cancelled, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_conflict, &ConflictView::resolved, this,
            [this](const ContentFields &merged, qint64 theirsVersion) {
                // The chosen text becomes the draft (one undo step), saved over theirs.
                m_document->editMany(merged, tr("Resolve conflict"));
                m_document->setBaseVersion(theirsVersion);
                m_pages->setCurrentIndex(0);
                saveFields(m_document->fields(), theirsVersion);
            });
    showAll();
    showState();
}

bool ContentEditor::showsConflict() const
{
    return m_pages->currentWidget() == m_conflict;
}

QString ContentEditor::message() const
{
    return m_message->text();
}

void ContentEditor::watchShortcuts(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool ContentEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Line and text edits claim Ctrl+Z for their own undo; here the document's stack undoes.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        if (combination == QKeyCombination(Qt::CTRL, Qt::Key_Z) ||
            combination == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
            combination == QKeyCombination(Qt::CTRL, Qt::Key_Y)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut)
        m_document->closeBurst();
    return QWidget::eventFilter(watched, event);
}

void ContentEditor::showField(const QString &name)
{
    const QVariant value = m_document->field(name);
    if (name == u"title"_s && m_title->text() != value.toString())
        m_title->setText(value.toString());
    else if (name == u"category"_s && m_category->text() != value.toString())
        m_category->setText(value.toString());
    else if (name == u"slug"_s && m_slug->text() != value.toString())
        m_slug->setText(value.toString());
    else if (name == u"meta_description"_s && m_meta->text() != value.toString())
        m_meta->setText(value.toString());
    else if (name == u"short_description"_s && m_short->html() != value.toString())
        m_short->setHtml(value.toString());
    else if (name == u"long_description"_s && m_long->html() != value.toString())
        m_long->setHtml(value.toString());
    else if (name == u"tags"_s) {
        const QStringList tags = value.toStringList();
        QStringList shown;
        for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                shown.append(tag.trimmed());
        }
        if (shown != tags)
            m_tags->setText(tags.join(u", "_s));
    } else if (name == u"attributes"_s) {
        const QVariantMap object = value.toMap();
        QVariantMap shown;
        for (int row = 0; row < m_attributes->rowCount(); ++row) {
            const QTableWidgetItem *key = m_attributes->item(row, 0);
            const QTableWidgetItem *text = m_attributes->item(row, 1);
            if (key && !key->text().trimmed().isEmpty())
                shown.insert(key->text().trimmed(), text ? text->text() : QString());
        }
        if (shown == object)
            return;
        const QSignalBlocker blocker(m_attributes);
        m_attributes->setRowCount(0);
        for (auto it = object.cbegin(); it != object.cend(); ++it) {
            const int row = m_attributes->rowCount();
            m_attributes->insertRow(row);
            m_attributes->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_attributes->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
        }
    }
}

void ContentEditor::showAll()
{
    for (const QString &name : ContentFields::names())
        showField(name);
    const bool product = !m_document->sku().isEmpty();
    setEnabled(product);
}

void ContentEditor::showState()
{
    QString text = tr("<b>%1</b> · %2 · version %3")
                       .arg(m_document->sku().toHtmlEscaped(), stateText(m_document->state()))
                       .arg(m_document->baseVersion());
    if (!m_document->undoStack()->isClean())
        text += tr(" · <i>unsaved changes</i>");
    m_state->setText(text);
    m_submit->setEnabled(!m_busy && m_document->state() == u"draft"_s &&
                         m_document->baseVersion() > 0 && m_document->undoStack()->isClean());
    m_save->setEnabled(!m_busy);
}

void ContentEditor::setMessage(const QString &text, bool error)
{
    setStatusText(m_message, text, error);
}

void ContentEditor::attributesEdited()
{
    QVariantMap object;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QTableWidgetItem *key = m_attributes->item(row, 0);
        const QTableWidgetItem *text = m_attributes->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            object.insert(key->text().trimmed(), text ? text->text() : QString());
    }
    m_document->closeBurst();
    m_document->edit(u"attributes"_s, object);
}

void ContentEditor::save()
{
    saveFields(m_document->fields(), m_document->baseVersion());
}

void ContentEditor::saveFields(const ContentFields &fields, qint64 base)
{
    if (m_busy || m_document->sku().isEmpty())
        return;
    m_busy = true;
    showState();
    m_document->closeBurst();
    setMessage(tr("Saving…"), false);
    QPointer<ContentEditor> self(this);
    const QString sku = m_document->sku();
    m_service->save(sku, fields, base, [self, sku](const Result<ProductContent> &result) {
        if (!self || self->m_document->sku() != sku)
            return;
        self->m_busy = false;
        if (!result) {
            const auto conflict = result.error().code == u"edit_conflict"_s
                                      ? ContentConflict::fromJson(result.error().details)
                                      : Result<ContentConflict>(result.error());
            if (conflict) {
                self->m_conflict->setConflict(conflict.value());
                self->m_pages->setCurrentWidget(self->m_conflict);
                self->setMessage(tr("Someone saved this page while you were editing. Nothing "
                                    "was saved: choose what to keep."),
                                 true);
            } else {
                QString text = result.error().message;
                const QString field = ContentFields::refusedField(result.error());
                if (!field.isEmpty())
                    text += u" ("_s + field + u")"_s;
                self->setMessage(tr("Not saved: %1").arg(text), true);
            }
            self->showState();
            return;
        }
        self->m_document->setServerState(*result);
        self->setMessage(tr("Saved as version %1.").arg(result->version), false);
        emit self->contentChanged(*result);
    });
}

void ContentEditor::chooseCategory()
{
    if (m_document->sku().isEmpty())
        return;
    if (!m_picker) {
        m_picker = new CategoryPicker(this);
        connect(m_picker, &QDialog::accepted, this, [this] {
            const QString path = m_picker->path();
            if (path.isEmpty() || path == m_document->field(u"category"_s).toString())
                return;
            m_document->closeBurst();
            m_document->edit(u"category"_s, path);
            m_document->closeBurst();
        });
    }
    const QString current = m_document->field(u"category"_s).toString();
    m_picker->browser()->filterEdit()->clear();
    m_picker->newNameEdit()->clear();
    m_picker->setPaths(current.isEmpty() ? QStringList() : QStringList{current});
    m_picker->setCurrentPath(current);
    m_picker->open();
    m_picker->browser()->filterEdit()->setFocus();
    // The tree fills in when the server answers; what the user typed meanwhile stays.
    QPointer<ContentEditor> self(this);
    m_service->categories([self, current](const Result<QList<ContentCategory>> &result) {
        if (!self || !self->m_picker || !result)
            return;
        QStringList paths;
        for (const ContentCategory &category : *result)
            paths.append(category.path);
        if (!current.isEmpty())
            paths.append(current);
        const QString selected = self->m_picker->path();
        const QString filter = self->m_picker->browser()->filterEdit()->text();
        const QStringList added = self->m_picker->browser()->model()->paths();
        self->m_picker->setPaths(paths + added);
        self->m_picker->setCurrentPath(selected);
        if (!filter.isEmpty()) {
            self->m_picker->browser()->filterEdit()->clear();
            self->m_picker->browser()->filterEdit()->setText(filter);
        }
    });
}

void ContentEditor::submit()
{
    if (m_busy || m_document->sku().isEmpty())
        return;
    m_busy = true;
    showState();
    QPointer<ContentEditor> self(this);
    const QString sku = m_document->sku();
    m_service->submit(sku, [self, sku](const Result<ProductContent> &result) {
        if (!self || self->m_document->sku() != sku)
            return;
        self->m_busy = false;
        if (!result) {
            self->setMessage(tr("Not submitted: %1").arg(result.error().message), true);
            self->showState();
            return;
        }
        self->m_document->setServerState(*result);
        self->setMessage(tr("Sent for review."), false);
        emit self->contentChanged(*result);
    });
}

} // namespace shopdesk::ui
