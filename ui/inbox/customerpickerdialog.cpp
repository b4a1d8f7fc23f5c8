#include "inbox/customerpickerdialog.h"

#include "care/customerresultsview.h"
#include "care/customersearchbox.h"
#include "domain/care/customermatch.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CustomerPickerDialog::CustomerPickerDialog(client::CustomerDirectory *directory,
                                           const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_box(new CustomerSearchBox(directory, tr("Name, e-mail, phone or order number"), this))
    , m_link(new QPushButton(tr("&Link"), this))
{
    setObjectName(u"customerPicker"_s);
    setWindowTitle(tr("Link the conversation to a customer"));
    m_box->searchField()->setObjectName(u"customerPickerSearch"_s);
    m_box->results()->setObjectName(u"customerPickerResults"_s);
    m_link->setObjectName(u"customerPickerLink"_s);
    m_link->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_link, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box, 1);
    layout->addWidget(buttons);
    resize(640, 400);

    connect(m_box, &CustomerSearchBox::currentChanged, this,
            [this] { m_link->setEnabled(customerId() != 0); });
    connect(m_box, &CustomerSearchBox::chosen, this, &QDialog::accept);
    if (!query.isEmpty())
        m_box->search(query);
}

QLineEdit *CustomerPickerDialog::searchField() const
{
    return m_box->searchField();
}

CustomerResultsView *CustomerPickerDialog::results() const
{
    return m_box->results();
}

qint64 CustomerPickerDialog::customerId() const
{
    const care::CustomerMatch *match = m_box->currentMatch();
    return match ? match->customer.id : 0;
}

QString CustomerPickerDialog::customerName() const
{
    const care::CustomerMatch *match = m_box->currentMatch();
    return match ? match->customer.name : QString();
}

} // namespace shopdesk::ui
