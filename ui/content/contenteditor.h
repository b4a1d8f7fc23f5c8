#pragma once

#include "domain/contentfields.h"
#include "domain/productcontent.h"
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace shopdesk::client {
class ContentService;
}

namespace shopdesk::ui {

class CategoryPicker;
class ConflictView;
class ContentDocument;
class RichTextEdit;

// The form of one product page: every field of the content document, undo and redo through
// the document's stack, Save (over the version the edit started from) and Submit for review.
// A save that meets a newer save shows the conflict view instead of the form.
class ContentEditor : public QWidget
{
    Q_OBJECT
public:
    ContentEditor(client::ContentService *service, ContentDocument *document,
                  QWidget *parent = nullptr);

    ContentDocument *document() const { return m_document; }
    ConflictView *conflictView() const { return m_conflict; }
    bool showsConflict() const;
    QString message() const;

    void save();
    void submit();
    // Opens the category tree over the categories that exist, the current one selected;
    // choosing one sets the field (one undo step).
    void chooseCategory();
    CategoryPicker *categoryPicker() const { return m_picker; }

signals:
    // The product's content after a save or submit.
    void contentChanged(const shopdesk::ProductContent &content);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showField(const QString &name);
    void showAll();
    void showState();
    void setMessage(const QString &text, bool error);
    void attributesEdited();
    void saveFields(const ContentFields &fields, qint64 base);
    void watchShortcuts(QWidget *widget);

    client::ContentService *m_service;
    ContentDocument *m_document;
    QStackedWidget *m_pages;
    ConflictView *m_conflict;
    QLabel *m_state;
    QLabel *m_message;
    QLineEdit *m_title;
    RichTextEdit *m_short;
    RichTextEdit *m_long;
    QLineEdit *m_category;
    QLineEdit *m_tags;
    QTableWidget *m_attributes;
    QLineEdit *m_slug;
    QLineEdit *m_meta;
    QToolButton *m_chooseCategory;
    CategoryPicker *m_picker = nullptr;
    QPushButton *m_save;
    QPushButton *m_submit;
    QAction *m_undo;
    QAction *m_redo;
    bool m_busy = false;
};

} // namespace shopdesk::ui
