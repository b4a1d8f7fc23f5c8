#pragma once

#include "client/care/followupdraft.h"
#include "domain/care/followuprecord.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace shopdesk::client {
class TicketService;
}

namespace shopdesk::ui {

class MessageBar;

// Schedules a call-back or follow-up on a customer (and the ticket or order it is about), or
// records the outcome of one that is done. A refusal shows in the dialog; what was typed stays.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    // draft: the customer, ticket and order it is about; the user picks the time and note.
    static FollowUpDialog *forSchedule(client::TicketService *service,
                                       const client::FollowUpDraft &draft, QWidget *parent);
    static FollowUpDialog *forOutcome(client::TicketService *service,
                                      const care::FollowUpRecord &followUp, QWidget *parent);

    // Names who and what the follow-up is about ("Ada Lovelace · order #12") above the form.
    void setAbout(const QString &text);

    QDateTimeEdit *dueField() const { return m_due; } // nullptr when recording an outcome
    QLabel *aboutLabel() const { return m_about; }    // nullptr when recording an outcome
    // The customer, order and ticket the follow-up will be tied to.
    const client::FollowUpDraft &draft() const { return m_draft; }
    QPlainTextEdit *textField() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageBar *messageBar() const { return m_bar; }

    void save();

signals:
    void saved(const shopdesk::care::FollowUpRecord &followUp);

private:
    FollowUpDialog(client::TicketService *service, QWidget *parent);
    void finish(const Result<care::FollowUpRecord> &result);

    client::TicketService *m_service;
    client::FollowUpDraft m_draft;
    qint64 m_followUpId = 0; // set when recording an outcome
    QDateTimeEdit *m_due = nullptr;
    QLabel *m_about = nullptr;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    MessageBar *m_bar;
};

} // namespace shopdesk::ui
