#include "care/mergecustomerdialog.h"

#include "care/customerresultsview.h"
#include "care/customersearchbox.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString describe(const QString &name, const QString &email, const QString &phone,
                 const QString &place)
{
    QStringList lines{name};
    for (const QString &line : {email, phone, place}) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}

QLabel *sideLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    return label;
}

} // namespace

MergeCustomerDialog::MergeCustomerDialog(client::CustomerDirectory *directory,
                                         const care::CustomerProfile &survivor, QWidget *parent)
    : QDialog(parent)
    , m_survivor(survivor)
    , m_box(new CustomerSearchBox(directory,
                                  tr("Name, e-mail, phone or order number of the duplicate"), this))
    , m_survivorText(sideLabel(u"mergeSurvivor"_s, this))
    , m_duplicateText(sideLabel(u"mergeDuplicate"_s, this))
    , m_merge(new QPushButton(tr("&Merge"), this))
{
    setWindowTitle(tr("Merge duplicate into %1").arg(survivor.name));
    m_box->searchField()->setObjectName(u"mergeSearch"_s);
    m_box->results()->setObjectName(u"mergeResults"_s);
    m_merge->setObjectName(u"confirmMerge"_s);
    m_merge->setEnabled(false);

    const QString firstAddress =
        survivor.addresses.isEmpty() ? QString() : survivor.addresses.first().oneLine();
    m_survivorText->setText(
        describe(survivor.name, survivor.email, survivor.firstPhone(), firstAddress));
    m_duplicateText->setText(tr("Pick the duplicate above."));

    auto *keep = new QGroupBox(tr("Stays"), this);
    (new QVBoxLayout(keep))->addWidget(m_survivorText);
    auto *goes = new QGroupBox(tr("Merged into it, then closed"), this);
    (new QVBoxLayout(goes))->addWidget(m_duplicateText);
    auto *sides = new QHBoxLayout;
    sides->addWidget(keep, 1);
    sides->addWidget(goes, 1);

    auto *explain = new QLabel(tr("The duplicate's orders and notes move to the customer that "
                                  "stays; empty fields are filled from it and its phones and "
                                  "addresses are added. Only a new edit undoes it."),
                               this);
    explain->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box, 1);
    layout->addLayout(sides);
    layout->addWidget(explain);
    layout->addWidget(buttons);
    resize(720, 480);
    connect(m_box, &CustomerSearchBox::currentChanged, this, &MergeCustomerDialog::choose);
}

QLineEdit *MergeCustomerDialog::searchField() const
{
    return m_box->searchField();
}

CustomerResultsView *MergeCustomerDialog::results() const
{
    return m_box->results();
}

void MergeCustomerDialog::choose()
{
    const care::CustomerMatch *match = m_box->currentMatch();
    if (!match) {
        m_duplicate.reset();
        m_duplicateText->setText(tr("Pick the duplicate above."));
        m_merge->setEnabled(false);
        return;
    }
    m_duplicate = *match;
    const Customer &c = match->customer;
    if (c.id == m_survivor.id) {
        m_duplicateText->setText(tr("This is the customer that stays; pick the other record."));
        m_merge->setEnabled(false);
        return;
    }
    m_duplicateText->setText(describe(c.name, c.email, c.phone, match->city));
    m_merge->setEnabled(true);
}

qint64 MergeCustomerDialog::duplicateId() const
{
    return m_duplicate && m_duplicate->customer.id != m_survivor.id ? m_duplicate->customer.id : 0;
}

} // namespace shopdesk::ui
