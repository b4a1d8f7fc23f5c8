#pragma once

#include "domain/inbox/replytemplate.h"
#include "domain/result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace shopdesk::client {
class ClientSession;
class ReplyTemplateListModel;
class ReplyTemplateService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// The reply templates for managers: the list (or the archived ones), and the chosen
// template's name and text in each of the shop's languages, with the placeholders offered for
// insertion. A text is checked before it is sent, so an unknown placeholder is named at once.
// Templates changed elsewhere show here through the change log.
class ReplyTemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyTemplatesView(client::ClientSession *session, QWidget *parent = nullptr);

    // Empties the editor for a new template.
    void startNew();
    void showTemplate(qint64 id);
    void save();
    void archive();

    client::ReplyTemplateListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    QCheckBox *archivedBox() const { return m_archived; }
    QLineEdit *nameEdit() const { return m_name; }
    QTabWidget *languageTabs() const { return m_tabs; }
    QPlainTextEdit *textEdit(const QString &language) const { return m_texts.value(language); }
    QListWidget *placeholderList() const { return m_placeholders; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *archiveButton() const { return m_archive; }
    MessageBar *messageBar() const { return m_message; }

    // The language's name as the tab shows it.
    static QString languageName(const QString &language);
    // What an unknown placeholder, an empty text or another refusal means for the editor.
    static QString describe(const Error &error);

signals:
    void saved(const shopdesk::inbox::ReplyTemplate &replyTemplate);

private:
    QWidget *makeEditor();
    void insertPlaceholder(const QString &name);
    void answered(const Result<inbox::ReplyTemplate> &answer, const QString &done);
    void updateButtons();

    client::ReplyTemplateService *m_service;
    client::ReplyTemplateListModel *m_model;
    std::optional<inbox::ReplyTemplate> m_shown; // nothing: a new template
    QTableView *m_list;
    QCheckBox *m_archived;
    QPushButton *m_new;
    QLineEdit *m_name;
    QTabWidget *m_tabs;
    QHash<QString, QPlainTextEdit *> m_texts;
    QListWidget *m_placeholders;
    QPushButton *m_save;
    QPushButton *m_archive;
    MessageBar *m_message;
};

} // namespace shopdesk::ui
