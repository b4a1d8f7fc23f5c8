#include "inbox/openticketdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

OpenTicketDialog::OpenTicketDialog(const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_subject(new QLineEdit(subject, this))
{
    setObjectName(u"openTicketDialog"_s);
    setWindowTitle(tr("Open a ticket from the conversation"));
    m_kind->setObjectName(u"openTicketKind"_s);
    for (care::TicketKind kind : care::allTicketKinds())
        m_kind->addItem(care::ticketKindText(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(care::TicketKind::Question)));
    m_priority->setObjectName(u"openTicketPriority"_s);
    for (care::TicketPriority priority : care::allTicketPriorities())
        m_priority->addItem(care::ticketPriorityText(priority), int(priority));
    m_priority->setCurrentIndex(m_priority->findData(int(care::TicketPriority::Normal)));
    m_subject->setObjectName(u"openTicketSubject"_s);
    m_subject->setMaxLength(200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Open ticket"), QDialogButtonBox::AcceptRole)
        ->setObjectName(u"openTicketConfirm"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(buttons);
}

care::TicketKind OpenTicketDialog::kind() const
{
    return care::TicketKind(m_kind->currentData().toInt());
}

care::TicketPriority OpenTicketDialog::priority() const
{
    return care::TicketPriority(m_priority->currentData().toInt());
}

QString OpenTicketDialog::subject() const
{
    return m_subject->text().trimmed();
}

} // namespace shopdesk::ui
