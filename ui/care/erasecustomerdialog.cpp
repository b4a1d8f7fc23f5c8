#include "care/erasecustomerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

EraseCustomerDialog::EraseCustomerDialog(const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_name(customerName.trimmed())
    , m_confirmation(new QLineEdit(this))
    , m_erase(new QPushButton(tr("&Erase"), this))
{
    setWindowTitle(tr("Erase %1").arg(m_name));
    auto *explain = new QLabel(
        tr("Erasing removes this customer's name, e-mail, phones, addresses and notes "
           "everywhere they are held, also in sent e-mails and the change history. Orders, "
           "payments and stock movements stay for the accounts, without the person.\n\n"
           "This cannot be undone. Type the customer's name to confirm: %1")
            .arg(m_name),
        this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    m_confirmation->setObjectName(u"eraseConfirmation"_s);
    m_erase->setObjectName(u"confirmErase"_s);
    m_erase->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_erase, QDialogButtonBox::DestructiveRole);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmation, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_erase->setEnabled(text.trimmed() == m_name); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

} // namespace shopdesk::ui
