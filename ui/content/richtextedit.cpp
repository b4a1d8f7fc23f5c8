#include "content/richtextedit.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

RichTextEdit::RichTextEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QTextEdit(this))
{
    m_edit->setUndoRedoEnabled(false);
    m_edit->setAcceptRichText(true);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    auto button = [this, bar](const QString &text, const QString &tip, const QString &name,
                              auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("H2"), tr("Heading"), u"heading2"_s, [this] { heading(2); });
    button(tr("H3"), tr("Subheading"), u"heading3"_s, [this] { heading(3); });
    button(tr("¶"), tr("Paragraph"), u"paragraph"_s, [this] { heading(0); });
    button(tr("• List"), tr("Bullet list"), u"bullets"_s, [this] { list(false); });
    button(tr("1. List"), tr("Numbered list"), u"numbers"_s, [this] { list(true); });
    QFont boldFont = font();
    boldFont.setBold(true);
    button(tr("B"), tr("Bold"), u"bold"_s, [this] { toggleBold(); })->setFont(boldFont);
    QFont italicFont = font();
    italicFont.setItalic(true);
    button(tr("I"), tr("Italic"), u"italic"_s, [this] { toggleItalic(); })->setFont(italicFont);
    button(tr("Link…"), tr("Link the selected text"), u"link"_s, [this] { link(); });
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_edit);
    connect(m_edit, &QTextEdit::textChanged, this, [this] { emit edited(html()); });
}

QString RichTextEdit::html() const
{
    return m_edit->document()->isEmpty() ? QString() : m_edit->toHtml();
}

void RichTextEdit::setHtml(const QString &html)
{
    const QSignalBlocker blocker(m_edit);
    const int position = m_edit->textCursor().position();
    m_edit->setHtml(html);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
}

void RichTextEdit::heading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    // The sizes QTextDocument uses for h2 and h3, so the heading looks like one.
    chars.setProperty(QTextFormat::FontSizeAdjustment, level == 0 ? 0 : 4 - level);
    chars.setFontWeight(level == 0 ? QFont::Normal : QFont::Bold);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void RichTextEdit::list(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    if (QTextList *current = cursor.currentList()) {
        // The same button again takes the paragraph out of the list.
        const bool wasNumbered = current->format().style() == QTextListFormat::ListDecimal;
        if (wasNumbered == numbered) {
            current->remove(cursor.block());
            QTextBlockFormat block = cursor.blockFormat();
            block.setIndent(0);
            cursor.setBlockFormat(block);
            return;
        }
    }
    cursor.createList(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
}

void RichTextEdit::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEdit::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEdit::link()
{
    bool ok = false;
    const QString address =
        QInputDialog::getText(this, tr("Link"), tr("Address (https://…):"), QLineEdit::Normal,
                              m_edit->textCursor().charFormat().anchorHref(), &ok);
    if (!ok)
        return;
    QTextCharFormat format;
    const QUrl url(address.trimmed());
    format.setAnchor(!address.trimmed().isEmpty());
    format.setAnchorHref(url.isValid() ? url.toString() : QString());
    format.setFontUnderline(!address.trimmed().isEmpty());
    m_edit->mergeCurrentCharFormat(format);
}

} // namespace shopdesk::ui
