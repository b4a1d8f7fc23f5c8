#include "client/orderlistmodel.h"

#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/ordertext.h"
#include "domain/money.h"

#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

QString totalText(const Order &order)
{
    if (order.total)
        return order.total->format();
    // A queued order has no total from the server yet: add its lines up.
    qint64 sum = 0;
    QString currency;
    for (const OrderLine &line : order.lines) {
        if (line.unitPrice) {
            sum += line.unitPrice->amountMinor() * line.quantity;
            currency = line.unitPrice->currency().code();
        }
    }
    const auto money = Money::create(sum, currency);
    return money ? money->format() : QString();
}

// A count found fewer units than the order holds: it may not ship as promised. Only an order
// still holding stock can be at risk.
bool stockAtRisk(const Order &order)
{
    return order.stockAtRisk && orderHoldsStock(order.status);
}

} // namespace

OrderListModel::OrderListModel(LocalCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &LocalCache::orderChanged, this, &OrderListModel::onOrderChanged);
}

void OrderListModel::reload()
{
    beginResetModel();
    m_orders = m_cache->queries()->orders();
    m_loaded = true;
    m_customerNames.clear();
    reindex();
    endResetModel();
}

void OrderListModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_orders.size());
    for (int row = 0; row < m_orders.size(); ++row)
        m_rows.insert(m_orders.at(row).localId, row);
}

void OrderListModel::onOrderChanged(qint64 localId)
{
    if (!m_loaded)
        return; // the first read will have it
    const auto order = m_cache->queries()->order(localId);
    const int row = rowOfLocalId(localId);
    if (!order) {
        // Dropped: an answer merged it with the row the live feed had brought.
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_orders.removeAt(row);
            reindex();
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_orders[row] = *order;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, 0, 0);
        m_orders.prepend(*order);
        reindex();
        endInsertRows();
    }
    // The live feed may have brought this order under another local id before the outbox
    // answer merged the two: drop that row.
    if (order->isConfirmed()) {
        for (int r = int(m_orders.size()) - 1; r >= 0; --r) {
            const LocalOrder &other = m_orders.at(r);
            if (other.serverId() == order->serverId() && other.localId != localId) {
                beginRemoveRows({}, r, r);
                m_orders.removeAt(r);
                reindex();
                endRemoveRows();
            }
        }
    }
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderListModel::customerName(qint64 customerId) const
{
    auto it = m_customerNames.constFind(customerId);
    if (it != m_customerNames.constEnd())
        return *it;
    const auto customer = m_cache->queries()->customer(customerId);
    if (!customer)
        return tr("Customer %1").arg(customerId);
    m_customerNames.insert(customerId, customer->name);
    return customer->name;
}

QStringList OrderListModel::agents() const
{
    QSet<QString> names;
    for (const LocalOrder &o : m_orders) {
        const QString &agent = o.order.createdBy;
        if (!agent.isEmpty())
            names.insert(agent);
    }
    QStringList list(names.cbegin(), names.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const LocalOrder &local = m_orders.at(index.row());
    const Order &o = local.order;
    switch (role) {
    case LocalIdRole:
        return local.localId;
    case ServerIdRole:
        return local.serverId();
    case StatusRole:
        return orderStatusName(o.status);
    case ChannelRole:
        return o.channel;
    case AgentRole:
        return o.createdBy;
    case CreatedAtRole:
        return o.createdAt;
    case CustomerIdRole:
        return o.customerId.value();
    case SearchTextRole: {
        QStringList parts{QString::number(local.serverId()), customerName(o.customerId.value()),
                          o.notes, o.tracking};
        for (const OrderLine &line : o.lines) {
            parts.append(line.sku);
            parts.append(line.name);
        }
        return parts.join(u' ');
    }
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return o.isConfirmed() ? local.serverId()
                                   : std::numeric_limits<qint64>::max() - local.localId;
        case CreatedColumn:
            return o.createdAt;
        case TotalColumn:
            return o.total ? o.total->amountMinor() : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return o.isConfirmed() ? u"#"_s + QString::number(local.serverId())
                                   : tr("not yet numbered");
        case CreatedColumn: {
            const QDateTime &at = o.createdAt;
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                : QString();
        }
        case CustomerColumn:
            return customerName(o.customerId.value());
        case ChannelColumn:
            return OrderText::channel(o.channel);
        case PaymentColumn:
            return OrderText::paymentMethodShort(o.paymentMethod);
        case StatusColumn:
            return stockAtRisk(o) ? tr("%1 — stock at risk").arg(OrderText::status(o.status))
                                  : OrderText::status(o.status);
        case TotalColumn:
            return totalText(o);
        case AgentColumn:
            return o.createdBy;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && stockAtRisk(o))
            return tr("A stock count found fewer units than this order holds: check with the "
                      "warehouse before promising delivery.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case CreatedColumn:
        return tr("Created");
    case CustomerColumn:
        return tr("Customer");
    case ChannelColumn:
        return tr("Channel");
    case PaymentColumn:
        return tr("Payment");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    case AgentColumn:
        return tr("Agent");
    }
    return {};
}

} // namespace shopdesk::client
