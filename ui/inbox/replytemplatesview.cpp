#include "inbox/replytemplatesview.h"

#include "client/clientsession.h"
#include "client/errortext.h"
#include "client/inbox/replytemplatelistmodel.h"
#include "client/inbox/replytemplateservice.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "common/messagebar.h"
#include "domain/inbox/replytemplatefill.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString placeholderMeaning(const QString &name)
{
    static const QHash<QString, const char *> meanings = {
        {u"customer_name"_s,
         QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView", "The customer's full name")},
        {u"first_name"_s, QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView",
                                            "The first word of the customer's name")},
        {u"order_number"_s,
         QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView", "The order's number")},
        {u"order_date"_s,
         QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView", "The day the order was placed")},
        {u"order_total"_s, QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView",
                                             "The order's total in the customer's format")},
        {u"order_status"_s, QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView",
                                              "Where the order stands, in the customer's words")},
        {u"carrier"_s,
         QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView", "The courier the order went with")},
        {u"tracking_number"_s,
         QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView", "The parcel's tracking number")},
        {u"shop_name"_s, QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView", "The shop's name")},
        {u"agent_name"_s, QT_TRANSLATE_NOOP("shopdesk::ui::ReplyTemplatesView",
                                            "The name of the agent who answers")},
    };
    return ReplyTemplatesView::tr(meanings.value(name));
}

} // namespace

ReplyTemplatesView::ReplyTemplatesView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_service(new client::ReplyTemplateService(session->api(), this))
    , m_model(new client::ReplyTemplateListModel(m_service, this))
    , m_list(new QTableView(this))
    , m_archived(new QCheckBox(tr("Show &archived"), this))
    , m_new(new QPushButton(tr("&New template"), this))
    , m_name(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_placeholders(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_archive(new QPushButton(tr("Ar&chive"), this))
    , m_message(new MessageBar(this))
{
    setObjectName(u"replyTemplatesModule"_s);
    m_list->setObjectName(u"replyTemplateList"_s);
    m_list->setAccessibleName(tr("Reply templates"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(client::ReplyTemplateListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_archived->setObjectName(u"replyTemplateArchived"_s);
    m_new->setObjectName(u"replyTemplateNew"_s);
    m_message->setObjectName(u"replyTemplateMessage"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_new);
    tools->addStretch();
    tools->addWidget(m_archived);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_list);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(makeEditor());
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 720});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &ReplyTemplatesView::startNew);
    connect(m_save, &QPushButton::clicked, this, &ReplyTemplatesView::save);
    connect(m_archive, &QPushButton::clicked, this, &ReplyTemplatesView::archive);
    connect(m_archived, &QCheckBox::toggled, m_model,
            &client::ReplyTemplateListModel::setShowArchived);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTemplate(m_model->replyTemplate(current.row()).id);
            });
    connect(m_model, &client::ReplyTemplateListModel::loadFailed, this,
            [this](const QString &why) { m_message->showMessage(why, MessageBar::Kind::Error); });
    connect(m_model, &client::ReplyTemplateListModel::modelReset, this, [this] { startNew(); });
    connect(session->cache()->changes(), &client::LocalCacheChanges::recordsApplied, m_model,
            &client::ReplyTemplateListModel::applyChanges);
    startNew();
    m_model->reload();
}

QWidget *ReplyTemplatesView::makeEditor()
{
    auto *editor = new QWidget(this);
    m_name->setObjectName(u"replyTemplateName"_s);
    m_name->setMaxLength(200);
    m_name->setAccessibleName(tr("Template name"));
    m_tabs->setObjectName(u"replyTemplateLanguages"_s);
    // The default language first: the one every template should have.
    QStringList languages = inbox::ReplyTemplate::languages();
    languages.move(languages.indexOf(inbox::ReplyTemplate::defaultLanguage()), 0);
    for (const QString &language : std::as_const(languages)) {
        auto *text = new QPlainTextEdit(m_tabs);
        text->setObjectName(u"replyTemplateText_"_s + language);
        text->setAccessibleName(tr("Text in %1").arg(languageName(language)));
        // Arabic reads right to left whatever the desk's own language.
        if (QLocale(language).textDirection() == Qt::RightToLeft)
            text->setLayoutDirection(Qt::RightToLeft);
        m_texts.insert(language, text);
        m_tabs->addTab(text, languageName(language));
    }
    m_placeholders->setObjectName(u"replyTemplatePlaceholders"_s);
    m_placeholders->setAccessibleName(tr("Placeholders"));
    for (const QString &name : inbox::ReplyTemplateFill::placeholders()) {
        auto *item = new QListWidgetItem(u"{"_s + name + u"}"_s, m_placeholders);
        item->setData(Qt::UserRole, name);
        item->setToolTip(placeholderMeaning(name));
    }
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        insertPlaceholder(item->data(Qt::UserRole).toString());
    });
    m_save->setObjectName(u"replyTemplateSave"_s);
    m_archive->setObjectName(u"replyTemplateArchive"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *texts = new QHBoxLayout;
    texts->addWidget(m_tabs, 3);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Placeholders (double-click to insert):"), editor));
    side->addWidget(m_placeholders);
    texts->addLayout(side, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_archive);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(editor);
    layout->addLayout(form);
    layout->addLayout(texts);
    layout->addLayout(buttons);
    return editor;
}

QString ReplyTemplatesView::languageName(const QString &language)
{
    if (language == u"en"_s)
        return tr("English");
    if (language == u"de"_s)
        return tr("German");
    if (language == u"es"_s)
        return tr("Spanish");
    if (language == u"hi"_s)
        return tr("Hindi");
    if (language == u"ar"_s)
        return tr("Arabic");
    return language;
}

QString ReplyTemplatesView::describe(const Error &error)
{
    const QString language = languageName(error.details.value(u"language"_s).toString());
    if (error.code == u"unknown_placeholder"_s) {
        return tr("The %1 text uses {%2}, which is not a placeholder. Use one from the list.")
            .arg(language, error.details.value(u"placeholder"_s).toString());
    }
    if (error.code == u"empty_body"_s)
        return tr("The %1 text is empty.").arg(language);
    if (error.code == u"template_exists"_s)
        return tr("There is a template of that name already.");
    if (error.code == u"empty_name"_s)
        return tr("Give the template a name.");
    if (error.code == u"no_texts"_s || error.code == u"no_texts_left"_s)
        return tr("Write the template's text in one language at least.");
    return client::ErrorText::describe(error);
}

void ReplyTemplatesView::startNew()
{
    m_shown.reset();
    m_list->clearSelection();
    m_name->clear();
    for (QPlainTextEdit *text : std::as_const(m_texts))
        text->clear();
    m_tabs->setCurrentWidget(m_texts.value(inbox::ReplyTemplate::defaultLanguage()));
    updateButtons();
}

void ReplyTemplatesView::showTemplate(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_shown = m_model->replyTemplate(row);
    m_name->setText(m_shown->name);
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
        const inbox::ReplyTemplateText *text = m_shown->text(it.key());
        it.value()->setPlainText(text ? text->body : QString());
    }
    if (m_list->currentIndex().row() != row)
        m_list->selectRow(row);
    updateButtons();
}

void ReplyTemplatesView::updateButtons()
{
    const bool editable = !m_shown || !m_shown->archived;
    m_name->setReadOnly(!editable);
    for (QPlainTextEdit *text : std::as_const(m_texts))
        text->setReadOnly(!editable);
    m_save->setEnabled(editable);
    m_archive->setEnabled(m_shown && !m_shown->archived);
}

void ReplyTemplatesView::insertPlaceholder(const QString &name)
{
    auto *text = qobject_cast<QPlainTextEdit *>(m_tabs->currentWidget());
    if (!text || text->isReadOnly())
        return;
    text->insertPlainText(u"{"_s + name + u"}"_s);
    text->setFocus();
}

void ReplyTemplatesView::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showMessage(tr("Give the template a name."), MessageBar::Kind::Warning);
        return;
    }
    QMap<QString, QString> texts;
    for (const QString &language : inbox::ReplyTemplate::languages()) {
        const QString body = m_texts.value(language)->toPlainText();
        const inbox::ReplyTemplateText *before = m_shown ? m_shown->text(language) : nullptr;
        if (body.trimmed().isEmpty()) {
            if (before)
                texts.insert(language, QString()); // takes the language's text away
            continue;
        }
        if (auto ok = inbox::ReplyTemplateFill::check(language, body); !ok) {
            m_tabs->setCurrentWidget(m_texts.value(language));
            m_message->showMessage(describe(ok.error()), MessageBar::Kind::Error);
            return;
        }
        if (!before || before->body != body)
            texts.insert(language, body);
    }
    QPointer<ReplyTemplatesView> self(this);
    const auto done = [self](const Result<inbox::ReplyTemplate> &answer) {
        if (self)
            self->answered(answer, tr("Template saved."));
    };
    if (!m_shown) {
        if (texts.isEmpty()) {
            m_message->showMessage(tr("Write the template's text in one language at least."),
                                   MessageBar::Kind::Warning);
            return;
        }
        m_service->create(name, texts, done);
        return;
    }
    const std::optional<QString> rename =
        name != m_shown->name ? std::optional<QString>(name) : std::nullopt;
    m_service->update(m_shown->id, rename, texts, done);
}

void ReplyTemplatesView::archive()
{
    if (!m_shown || m_shown->archived)
        return;
    QPointer<ReplyTemplatesView> self(this);
    m_service->archive(m_shown->id, [self](const Result<inbox::ReplyTemplate> &answer) {
        if (self)
            self->answered(answer, tr("Template archived; it is no longer offered."));
    });
}

void ReplyTemplatesView::answered(const Result<inbox::ReplyTemplate> &answer, const QString &done)
{
    if (!answer) {
        m_message->showMessage(describe(answer.error()), MessageBar::Kind::Error);
        return;
    }
    m_model->applyTemplate(answer.value());
    m_message->showMessage(done, MessageBar::Kind::Information);
    if (m_model->rowOfId(answer->id) >= 0)
        showTemplate(answer->id);
    else
        startNew();
    emit saved(answer.value());
}

} // namespace shopdesk::ui
