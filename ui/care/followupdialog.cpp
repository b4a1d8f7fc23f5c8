#include "care/followupdialog.h"

#include "common/messagebar.h"

#include "client/care/ticketrefusal.h"
#include "client/care/ticketservice.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

FollowUpDialog::FollowUpDialog(client::TicketService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_bar(new MessageBar(this))
{
    setObjectName(u"followUpDialog"_s);
    m_text->setObjectName(u"followUpText"_s);
    m_text->setTabChangesFocus(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FollowUpDialog *FollowUpDialog::forSchedule(client::TicketService *service,
                                            const client::FollowUpDraft &draft, QWidget *parent)
{
    auto *dialog = new FollowUpDialog(service, parent);
    dialog->setWindowTitle(tr("Schedule a follow-up"));
    dialog->m_draft = draft;
    dialog->m_due = new QDateTimeEdit(dialog);
    dialog->m_due->setObjectName(u"followUpDue"_s);
    dialog->m_due->setCalendarPopup(true);
    dialog->m_due->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    // Tomorrow at ten: a call-back is rarely due sooner than that.
    dialog->m_due->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    dialog->m_text->setPlaceholderText(tr("What was promised: call back about the refund…"));
    dialog->m_text->setAccessibleName(tr("Note"));
    dialog->m_about = new QLabel(dialog);
    dialog->m_about->setObjectName(u"followUpAbout"_s);
    dialog->m_about->setTextFormat(Qt::PlainText);
    dialog->m_about->setWordWrap(true);
    dialog->m_about->hide();
    auto *form = new QFormLayout;
    form->addRow(dialog->m_about);
    form->addRow(tr("&Due"), dialog->m_due);
    form->addRow(tr("&Note"), dialog->m_text);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(dialog->m_bar);
    layout->addLayout(form);
    layout->addWidget(dialog->m_buttons);
    return dialog;
}

FollowUpDialog *FollowUpDialog::forOutcome(client::TicketService *service,
                                           const care::FollowUpRecord &followUp, QWidget *parent)
{
    auto *dialog = new FollowUpDialog(service, parent);
    dialog->setWindowTitle(tr("Follow-up done"));
    dialog->m_followUpId = followUp.id;
    auto *what =
        new QLabel(tr("Due %1: %2")
                       .arg(QLocale().toString(followUp.dueAt.toLocalTime(), QLocale::ShortFormat),
                            followUp.note),
                   dialog);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    dialog->m_text->setPlaceholderText(tr("What came of it: customer happy with the refund…"));
    dialog->m_text->setAccessibleName(tr("Outcome"));
    auto *form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("&Outcome"), dialog->m_text);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(dialog->m_bar);
    layout->addLayout(form);
    layout->addWidget(dialog->m_buttons);
    return dialog;
}

void FollowUpDialog::setAbout(const QString &text)
{
    if (!m_about)
        return;
    m_about->setText(tr("About: %1").arg(text));
    m_about->setVisible(!text.isEmpty());
}

void FollowUpDialog::save()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_bar->showMessage(m_followUpId > 0 ? tr("Write what came of it first.")
                                            : tr("Write what is to be followed up first."),
                           MessageBar::Kind::Error);
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<FollowUpDialog> self(this);
    auto done = [self](const Result<care::FollowUpRecord> &result) {
        if (self)
            self->finish(result);
    };
    if (m_followUpId > 0) {
        m_service->completeFollowUp(m_followUpId, text, done);
        return;
    }
    client::FollowUpDraft draft = m_draft;
    draft.dueAt = m_due->dateTime().toUTC();
    draft.note = text;
    m_service->scheduleFollowUp(draft, done);
}

void FollowUpDialog::finish(const Result<care::FollowUpRecord> &result)
{
    m_buttons->setEnabled(true);
    if (!result) {
        m_bar->showMessage(client::TicketRefusal::describe(result.error()),
                           MessageBar::Kind::Error);
        return;
    }
    emit saved(result.value());
    accept();
}

} // namespace shopdesk::ui
