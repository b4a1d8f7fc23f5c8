#pragma once

#include "domain/inbox/replytemplate.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace shopdesk::client {
class ReplyTemplateService;
}

namespace shopdesk::ui {

// The answer being written: its text, a Template menu whose choice is filled in for the
// customer (and the conversation's newest order) and inserted where the cursor is, with what
// the template could not fill and a language it fell back from said below it, and Send.
class ReplyBox : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyBox(client::ReplyTemplateService *templates, QWidget *parent = nullptr);

    // Who templates are filled for; customerId 0: nobody yet, so no templates.
    void setCustomer(qint64 customerId, qint64 orderId);
    // Reads the live templates again for the menu.
    void reloadTemplates();
    // Fills the template in and inserts it; the note says what is missing.
    void insertTemplate(qint64 templateId);
    void setSending(bool sending);

    QString text() const;
    void clear();

    QPlainTextEdit *editor() const { return m_editor; }
    QToolButton *templateButton() const { return m_templateButton; }
    QMenu *templateMenu() const { return m_templateMenu; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *note() const { return m_note; }

signals:
    void sendRequested(const QString &text);
    // The user typed into the answer.
    void typing();

private:
    void fillMenu(const QList<inbox::ReplyTemplate> &templates);
    void updateButtons();

    client::ReplyTemplateService *m_templates;
    qint64 m_customerId = 0;
    qint64 m_orderId = 0;
    bool m_sending = false;
    QPlainTextEdit *m_editor;
    QToolButton *m_templateButton;
    QMenu *m_templateMenu;
    QPushButton *m_send;
    QLabel *m_note;
};

} // namespace shopdesk::ui
