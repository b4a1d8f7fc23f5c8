#include "client/care/customersearchmodel.h"

#include "client/customerdirectory.h"
#include "client/ordertext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

CustomerSearchModel::CustomerSearchModel(CustomerDirectory *directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    connect(m_directory, &CustomerDirectory::searchFinished, this, &CustomerSearchModel::answer);
}

void CustomerSearchModel::setQuery(const QString &text)
{
    m_query = text;
    if (text.trimmed().isEmpty()) {
        m_directory->cancelSearch();
        setMatches({});
        emit searched(text);
        return;
    }
    setMatches(m_directory->matchesLocal(text));
    m_directory->search(text);
}

void CustomerSearchModel::cancel()
{
    m_directory->cancelSearch();
}

void CustomerSearchModel::clear()
{
    m_query.clear();
    cancel();
    setMatches({});
}

void CustomerSearchModel::answer(const QString &text, const QList<care::CustomerMatch> &found)
{
    // The directory may serve other searches too; only this model's latest text counts.
    if (text != m_query)
        return;
    setMatches(found);
    emit searched(text);
}

void CustomerSearchModel::setMatches(const QList<care::CustomerMatch> &matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

const care::CustomerMatch *CustomerSearchModel::matchAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? &m_matches.at(row) : nullptr;
}

QString CustomerSearchModel::lastOrderText(const care::CustomerMatch &match)
{
    if (!match.lastOrder)
        return {};
    const auto &order = *match.lastOrder;
    const QString date = QLocale().toString(order.at.toLocalTime().date(), QLocale::ShortFormat);
    return tr("#%1 · %2 · %3").arg(order.id).arg(date, OrderText::status(order.status));
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    const care::CustomerMatch *match = matchAt(index.row());
    if (!match || !index.isValid())
        return {};
    if (role == CustomerIdRole)
        return match->customer.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return match->customer.name;
    case Email:
        return match->customer.email;
    case Phone:
        return match->customer.phone;
    case City:
        return match->city;
    case LastOrder:
        return lastOrderText(*match);
    default:
        return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case LastOrder:
        return tr("Last order");
    default:
        return {};
    }
}

} // namespace shopdesk::client
