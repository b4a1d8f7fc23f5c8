#include "inbox/conversationthread.h"

#include "common/themecolors.h"

#include <QLocale>
#include <QScrollBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

const QString attachmentScheme = u"shopdesk-attachment"_s;

QString messageBody(const inbox::InboxMessageRecord &message)
{
    if (message.unreadable) {
        return u"<p><i>%1</i></p>"_s.arg(
            ConversationThread::tr("This mail could not be read (%1); it is kept as it came.")
                .arg(ConversationThread::sizeText(message.rawSize))
                .toHtmlEscaped());
    }
    if (!message.html.isEmpty())
        return message.html; // sanitised by the server
    return u"<p>%1</p>"_s.arg(message.text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

QString attachmentsList(const inbox::InboxMessageRecord &message)
{
    QStringList rows;
    for (const inbox::InboxAttachmentRecord &attachment : message.attachments) {
        QString row = u"📎 %1 (%2)"_s.arg(attachment.fileName.toHtmlEscaped(),
                                         ConversationThread::sizeText(attachment.size));
        if (attachment.kept) {
            row += u" <a href=\"%1:%2/%3\">%4</a>"_s.arg(
                attachmentScheme, QString::number(message.id), QString::number(attachment.id),
                ConversationThread::tr("Save…").toHtmlEscaped());
        } else {
            row +=
                u" <i>%1</i>"_s.arg(ConversationThread::tr("too large, not kept").toHtmlEscaped());
        }
        rows.append(row);
    }
    return rows.isEmpty() ? QString() : u"<p>%1</p>"_s.arg(rows.join(u"<br>"_s));
}

} // namespace

ConversationThread::ConversationThread(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"conversationThread"_s);
    setAccessibleName(tr("Messages"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationThread::follow);
}

void ConversationThread::setMessages(const QList<inbox::InboxMessageRecord> &messages)
{
    m_messages = messages;
    setHtml(pageFor(messages, palette()));
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

QString ConversationThread::pageFor(const QList<inbox::InboxMessageRecord> &messages,
                                    const QPalette &palette)
{
    // Tints of the palette, so a dark theme keeps the thread readable.
    const QString inColor = palette.color(QPalette::AlternateBase).name();
    const QString outColor =
        mixColors(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.15).name();
    QString page;
    const QLocale locale;
    for (const inbox::InboxMessageRecord &message : messages) {
        const bool out = message.direction == inbox::MessageDirection::Out;
        QString heading = (out ? tr("%1 answered · %2") : tr("%1 wrote · %2"))
                              .arg(message.author,
                                   locale.toString(message.at.toLocalTime(), QLocale::ShortFormat));
        if (message.autoSubmitted)
            heading += u" · "_s + tr("automatic reply");
        // A table cell keeps the background and the indent around any mail's markup.
        page += u"<table width=\"100%\" cellpadding=\"6\" style=\"margin-%1: 60px; "
                "margin-bottom: 8px; background-color: %2;\"><tr><td>"
                "<p style=\"color: gray;\"><b>%3</b></p>%4%5</td></tr></table>"_s.arg(
                    out ? u"left"_s : u"right"_s, out ? outColor : inColor, heading.toHtmlEscaped(),
                    messageBody(message), attachmentsList(message));
    }
    return page;
}

QString ConversationThread::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void ConversationThread::follow(const QUrl &url)
{
    if (url.scheme() != attachmentScheme)
        return;
    const QStringList ids = url.path().split(u'/');
    if (ids.size() != 2)
        return;
    for (const inbox::InboxMessageRecord &message : std::as_const(m_messages)) {
        if (message.id != ids.at(0).toLongLong())
            continue;
        for (const inbox::InboxAttachmentRecord &attachment : message.attachments) {
            if (attachment.id == ids.at(1).toLongLong())
                emit attachmentRequested(attachment);
        }
    }
}

} // namespace shopdesk::ui
