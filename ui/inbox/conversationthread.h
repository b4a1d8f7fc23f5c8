#pragma once

#include "domain/inbox/inboxmessagerecord.h"

#include <QTextBrowser>

namespace shopdesk::ui {

// A conversation's messages, oldest first, as one read-only page: the customer's on the
// left, the shop's answers indented on the right, each with its author and time. An HTML
// mail shows as the rich text the server's sanitiser left; its links are never followed (a
// stranger wrote them), only the page's own "Save…" links of the attachments do anything.
class ConversationThread : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ConversationThread(QWidget *parent = nullptr);

    void setMessages(const QList<inbox::InboxMessageRecord> &messages);
    const QList<inbox::InboxMessageRecord> &messages() const { return m_messages; }

    // The page for these messages on the palette (what the view shows).
    static QString pageFor(const QList<inbox::InboxMessageRecord> &messages,
                           const QPalette &palette);
    // "12.3 kB"
    static QString sizeText(qint64 bytes);

signals:
    // The user chose "Save…" for a kept attachment.
    void attachmentRequested(const shopdesk::inbox::InboxAttachmentRecord &attachment);

private:
    void follow(const QUrl &url);

    QList<inbox::InboxMessageRecord> m_messages;
};

} // namespace shopdesk::ui
