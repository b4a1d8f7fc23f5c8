#pragma once

#include <QWidget>

class QTextEdit;
class QToolButton;

namespace shopdesk::ui {

// A rich text field with the few formats the website keeps: headings, bullet and numbered
// lists, bold, italic and links. Its own undo is off: the content document's stack undoes.
class RichTextEdit : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    QTextEdit *editor() const { return m_edit; }
    QString html() const;
    // Shows html without reporting an edit.
    void setHtml(const QString &html);

signals:
    void edited(const QString &html);

private:
    void heading(int level);
    void list(bool numbered);
    void toggleBold();
    void toggleItalic();
    void link();

    QTextEdit *m_edit;
};

} // namespace shopdesk::ui
