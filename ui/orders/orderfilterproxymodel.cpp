#include "orders/orderfilterproxymodel.h"

#include "client/orderlistmodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using shopdesk::client::OrderListModel;

namespace shopdesk::ui {

OrderFilterProxyModel::OrderFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(OrderListModel::SortRole);
}

void OrderFilterProxyModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void OrderFilterProxyModel::setChannel(const QString &channel)
{
    m_channel = channel;
    invalidateFilter();
}

void OrderFilterProxyModel::setAgent(const QString &agent)
{
    m_agent = agent;
    invalidateFilter();
}

void OrderFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void OrderFilterProxyModel::setCustomerText(const QString &text)
{
    m_customer = text.trimmed();
    invalidateFilter();
}

void OrderFilterProxyModel::setSearchText(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool OrderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(OrderListModel::StatusRole).toString() != m_status)
        return false;
    if (!m_channel.isEmpty() && index.data(OrderListModel::ChannelRole).toString() != m_channel)
        return false;
    if (!m_agent.isEmpty() && index.data(OrderListModel::AgentRole).toString() != m_agent)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime at = index.data(OrderListModel::CreatedAtRole).toDateTime();
        // A queued order has no server time yet: it is today's.
        const QDate day = at.isValid() ? at.toLocalTime().date() : QDate::currentDate();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (!m_customer.isEmpty()) {
        const QString name =
            index.siblingAtColumn(OrderListModel::CustomerColumn).data().toString();
        if (!name.contains(m_customer, Qt::CaseInsensitive))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(OrderListModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace shopdesk::ui
