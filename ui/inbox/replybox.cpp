#include "inbox/replybox.h"

#include "client/errortext.h"
#include "client/inbox/replytemplateservice.h"
#include "common/themecolors.h"
#include "inbox/replytemplatesview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ReplyBox::ReplyBox(client::ReplyTemplateService *templates, QWidget *parent)
    : QWidget(parent)
    , m_templates(templates)
    , m_editor(new QPlainTextEdit(this))
    , m_templateButton(new QToolButton(this))
    , m_templateMenu(new QMenu(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_note(new QLabel(this))
{
    m_editor->setObjectName(u"replyText"_s);
    m_editor->setAccessibleName(tr("Answer"));
    m_editor->setPlaceholderText(tr("Write the answer… (Ctrl+Enter sends it)"));
    m_editor->setTabChangesFocus(true);
    m_templateButton->setObjectName(u"replyTemplateButton"_s);
    m_templateButton->setText(tr("&Template"));
    m_templateButton->setPopupMode(QToolButton::InstantPopup);
    m_templateButton->setMenu(m_templateMenu);
    m_templateMenu->setObjectName(u"replyTemplateMenu"_s);
    m_send->setObjectName(u"replySend"_s);
    m_note->setObjectName(u"replyNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_templateButton);
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, m_send, &QPushButton::click);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (!text().isEmpty())
            emit sendRequested(text());
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateButtons();
        if (!m_editor->toPlainText().isEmpty())
            emit typing();
    });
    updateButtons();
}

void ReplyBox::setCustomer(qint64 customerId, qint64 orderId)
{
    m_customerId = customerId;
    m_orderId = orderId;
    updateButtons();
}

void ReplyBox::reloadTemplates()
{
    QPointer<ReplyBox> self(this);
    m_templates->list(false, [self](const Result<QList<inbox::ReplyTemplate>> &answer) {
        if (self && answer)
            self->fillMenu(answer.value());
    });
}

void ReplyBox::fillMenu(const QList<inbox::ReplyTemplate> &templates)
{
    m_templateMenu->clear();
    for (const inbox::ReplyTemplate &replyTemplate : templates) {
        const qint64 id = replyTemplate.id;
        QAction *action = m_templateMenu->addAction(replyTemplate.name);
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { insertTemplate(id); });
    }
    if (templates.isEmpty())
        m_templateMenu->addAction(tr("No templates yet"))->setEnabled(false);
    updateButtons();
}

void ReplyBox::insertTemplate(qint64 templateId)
{
    if (m_customerId == 0)
        return;
    QPointer<ReplyBox> self(this);
    m_templates->fill(
        templateId, m_customerId, m_orderId,
        [self](const Result<client::ReplyTemplateService::Filled> &answer) {
            if (!self)
                return;
            if (!answer) {
                setStatusText(self->m_note, client::ErrorText::describe(answer.error()), true);
                return;
            }
            const client::ReplyTemplateService::Filled &filled = answer.value();
            self->m_editor->insertPlainText(filled.text);
            self->m_editor->setFocus();
            QStringList notes;
            if (!filled.missing.isEmpty()) {
                QStringList names;
                for (const QString &name : filled.missing)
                    names.append(u"{%1}"_s.arg(name));
                notes.append(tr("Not filled in: %1 — replace them before sending.")
                                 .arg(names.join(u", "_s)));
            }
            if (filled.fallback) {
                const QString wanted =
                    filled.customerLanguage.isEmpty()
                        ? tr("the customer's language")
                        : ReplyTemplatesView::languageName(filled.customerLanguage.left(2));
                notes.append(tr("The template has no text in %1; the %2 text was used.")
                                 .arg(wanted, ReplyTemplatesView::languageName(filled.language)));
            }
            setStatusText(self->m_note, notes.join(u' '), false);
        });
}

void ReplyBox::setSending(bool sending)
{
    m_sending = sending;
    updateButtons();
}

QString ReplyBox::text() const
{
    return m_editor->toPlainText().trimmed();
}

void ReplyBox::clear()
{
    const QSignalBlocker quiet(m_editor);
    m_editor->clear();
    m_note->clear();
    m_note->hide();
    updateButtons();
}

void ReplyBox::updateButtons()
{
    m_send->setEnabled(!m_sending && !text().isEmpty());
    m_templateButton->setEnabled(m_customerId != 0 && !m_templateMenu->isEmpty());
    m_templateButton->setToolTip(m_customerId == 0
                                     ? tr("Templates are filled in for the customer: link the "
                                          "conversation to a customer first.")
                                     : tr("Insert a template filled in for the customer"));
}

} // namespace shopdesk::ui
