#include "inbox/customerpickerdialog.h"

#include "care/customerresultsview.h"
#include "client/care/customersearchmodel.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CustomerPickerDialog::CustomerPickerDialog(client::CustomerDirectory *directory,
                                           const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_model(new client::CustomerSearchModel(directory, this))
    , m_search(new QLineEdit(query, this))
    , m_searchTimer(new QTimer(this))
    , m_results(new CustomerResultsView(this))
    , m_link(new QPushButton(tr("&Link"), this))
{
    setObjectName(u"customerPicker"_s);
    setWindowTitle(tr("Link the conversation to a customer"));
    m_search->setObjectName(u"customerPickerSearch"_s);
    m_search->setPlaceholderText(tr("Name, e-mail, phone or order number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"customerPickerResults"_s);
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setModel(m_model);
    m_link->setObjectName(u"customerPickerLink"_s);
    m_link->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_link, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(640, 400);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setQuery(m_search->text()); });
    const auto choose = [this] { m_link->setEnabled(customerId() != 0); };
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, choose);
    connect(m_results, &QAbstractItemView::doubleClicked, this, [this] {
        if (customerId() != 0)
            accept();
    });
    if (!query.isEmpty())
        m_searchTimer->start();
}

qint64 CustomerPickerDialog::customerId() const
{
    const care::CustomerMatch *match = m_model->matchAt(m_results->currentIndex().row());
    return match ? match->customer.id : 0;
}

QString CustomerPickerDialog::customerName() const
{
    const care::CustomerMatch *match = m_model->matchAt(m_results->currentIndex().row());
    return match ? match->customer.name : QString();
}

} // namespace shopdesk::ui
