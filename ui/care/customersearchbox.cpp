#include "care/customersearchbox.h"

#include "care/customerresultsview.h"
#include "client/care/customersearchmodel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace shopdesk::ui {

CustomerSearchBox::CustomerSearchBox(client::CustomerDirectory *directory,
                                     const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_model(new client::CustomerSearchModel(directory, this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_results(new CustomerResultsView(this))
{
    m_search->setPlaceholderText(placeholder);
    m_search->setClearButtonEnabled(true);
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_search);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setQuery(m_search->text()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerSearchBox::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerSearchBox::currentChanged);
    connect(m_results, &QAbstractItemView::doubleClicked, this, [this] {
        if (currentMatch())
            emit chosen();
    });
}

void CustomerSearchBox::search(const QString &query)
{
    m_search->setText(query);
    m_searchTimer->stop();
    m_model->setQuery(query);
}

const care::CustomerMatch *CustomerSearchBox::currentMatch() const
{
    return m_model->matchAt(m_results->currentIndex().row());
}

} // namespace shopdesk::ui
