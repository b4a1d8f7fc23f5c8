#include "client/outboxmodel.h"

#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcacheoutbox.h"
#include "client/localcachequeries.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

OutboxModel::OutboxModel(LocalCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &LocalCache::outboxItemAdded, this, &OutboxModel::onItemAdded);
    connect(cache, &LocalCache::outboxItemChanged, this, &OutboxModel::onItemChanged);
    connect(cache, &LocalCache::orderChanged, this, &OutboxModel::onOrderChanged);
    reload();
}

OutboxModel::Row OutboxModel::load(qint64 id) const
{
    Row row;
    if (auto item = m_cache->outbox()->item(id))
        row.item = *item;
    if (row.item.orderLocalId > 0) {
        if (auto order = m_cache->queries()->order(row.item.orderLocalId)) {
            row.orderStatus = order->order.status;
            row.orderServerId = order->serverId();
        }
    }
    return row;
}

void OutboxModel::reload()
{
    beginResetModel();
    m_items.clear();
    const QList<OutboxItem> items = m_cache->outbox()->items();
    for (const OutboxItem &item : items)
        m_items.append(load(item.id));
    endResetModel();
}

int OutboxModel::rowOfItem(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.id == id)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::orderStatusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Queued:
        return tr("queued — not confirmed");
    case OrderStatus::Reserved:
        return tr("reserved");
    case OrderStatus::Paid:
        return tr("paid");
    case OrderStatus::Shipped:
        return tr("shipped");
    case OrderStatus::Delivered:
        return tr("delivered");
    case OrderStatus::Cancelled:
        return tr("cancelled");
    case OrderStatus::Expired:
        return tr("expired");
    case OrderStatus::Returned:
        return tr("returned");
    case OrderStatus::Refused:
        return tr("refused");
    }
    return orderStatusName(status);
}

QString OutboxModel::statusText(int rowIndex) const
{
    const Row &row = m_items.at(rowIndex);
    const OutboxItem &item = row.item;
    switch (item.state) {
    case OutboxItem::State::Pending:
        if (item.attempts > 0 && !item.lastError.isEmpty()) {
            const QString tries =
                item.attempts == 1 ? tr("tried once") : tr("tried %1 times").arg(item.attempts);
            return tr("Queued — not confirmed (%1: %2)").arg(tries, item.lastError);
        }
        return tr("Queued — not confirmed");
    case OutboxItem::State::Accepted:
        if (item.kind == u"order"_s) {
            return tr("Order %1: %2")
                .arg(row.orderServerId)
                .arg(row.orderStatus ? orderStatusText(*row.orderStatus) : QString());
        }
        return tr("Recorded by the server");
    case OutboxItem::State::Refused:
        return tr("Refused: %1").arg(ErrorText::describe(item.refusal));
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OutboxItem &item = m_items.at(index.row()).item;
    if (role == StateRole)
        return int(item.state);
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        case WhatColumn:
            return item.summary;
        case StatusColumn:
            return statusText(index.row());
        }
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Made");
    case WhatColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void OutboxModel::onItemAdded(qint64 id)
{
    if (rowOfItem(id) >= 0)
        return onItemChanged(id);
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(load(id));
    endInsertRows();
}

void OutboxModel::onItemChanged(qint64 id)
{
    const int row = rowOfItem(id);
    if (row < 0)
        return onItemAdded(id);
    m_items[row] = load(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OutboxModel::onOrderChanged(qint64 localId)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.orderLocalId == localId) {
            m_items[row] = load(m_items.at(row).item.id);
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
        }
    }
}

} // namespace shopdesk::client
