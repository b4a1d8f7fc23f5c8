#pragma once

#include "domain/care/ticket.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace shopdesk::ui {

// "Open ticket…" from a conversation: kind, priority and subject (the conversation's); the
// customer's newest message becomes the ticket's first entry.
class OpenTicketDialog : public QDialog
{
    Q_OBJECT
public:
    OpenTicketDialog(const QString &subject, QWidget *parent = nullptr);

    care::TicketKind kind() const;
    care::TicketPriority priority() const;
    QString subject() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *priorityBox() const { return m_priority; }
    QLineEdit *subjectField() const { return m_subject; }

private:
    QComboBox *m_kind;
    QComboBox *m_priority;
    QLineEdit *m_subject;
};

} // namespace shopdesk::ui
