#include "inbox/snoozedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

SnoozeDialog::SnoozeDialog(const QDateTime &proposed, QWidget *parent)
    : QDialog(parent)
    , m_when(new QDateTimeEdit(proposed, this))
{
    setObjectName(u"snoozeDialog"_s);
    setWindowTitle(tr("Snooze until"));
    m_when->setObjectName(u"snoozeTime"_s);
    m_when->setAccessibleName(tr("Open again at"));
    m_when->setCalendarPopup(true);
    m_when->setMinimumDateTime(QDateTime::currentDateTime());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_when);
    layout->addWidget(buttons);
}

QDateTime SnoozeDialog::until() const
{
    return m_when->dateTime();
}

} // namespace shopdesk::ui
