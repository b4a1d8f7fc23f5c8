#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace shopdesk::ui {

// "Snooze until a time…": a day and time to come, when the conversation is open again.
class SnoozeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SnoozeDialog(const QDateTime &proposed, QWidget *parent = nullptr);

    QDateTime until() const;
    QDateTimeEdit *timeEdit() const { return m_when; }

private:
    QDateTimeEdit *m_when;
};

} // namespace shopdesk::ui
