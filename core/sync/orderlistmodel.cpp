#include "sync/orderlistmodel.h"

#include "domain/money.h"
#include "sync/localcache.h"
#include "sync/localcachequeries.h"
#include "sync/ordertext.h"

#include <QJsonArray>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::sync {

namespace {

QDateTime createdAt(const LocalOrder &order)
{
    return QDateTime::fromString(order.data.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
}

QString totalText(const QJsonObject &data)
{
    const QJsonObject total = data.value(u"total"_s).toObject();
    if (total.isEmpty()) {
        // A queued order has no total from the server yet: add its lines up.
        qint64 sum = 0;
        QString currency;
        for (const QJsonValue &v : data.value(u"lines"_s).toArray()) {
            const QJsonObject line = v.toObject();
            const QJsonObject price = line.value(u"unit_price"_s).toObject();
            sum += qint64(price.value(u"amount_minor"_s).toDouble()) *
                   qint64(line.value(u"quantity"_s).toDouble());
            currency = price.value(u"currency"_s).toString(currency);
        }
        const auto money = Money::create(sum, currency);
        return money ? money->format() : QString();
    }
    const auto money = Money::create(qint64(total.value(u"amount_minor"_s).toDouble()),
                                     total.value(u"currency"_s).toString());
    return money ? money->format() : QString();
}

// A count found fewer units than the order holds: it may not ship as promised. Only an order
// still holding stock can be at risk.
bool stockAtRisk(const LocalOrder &order)
{
    return order.data.value(u"stock_at_risk"_s).toBool() &&
           (order.status == u"reserved"_s || order.status == u"paid"_s);
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
    if (order->serverId > 0) {
        for (int r = int(m_orders.size()) - 1; r >= 0; --r) {
            const LocalOrder &other = m_orders.at(r);
            if (other.serverId == order->serverId && other.localId != localId) {
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
        const QString agent = o.data.value(u"created_by"_s).toString();
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
    const LocalOrder &o = m_orders.at(index.row());
    switch (role) {
    case LocalIdRole:
        return o.localId;
    case ServerIdRole:
        return o.serverId;
    case StatusRole:
        return o.status;
    case ChannelRole:
        return o.data.value(u"channel"_s).toString();
    case AgentRole:
        return o.data.value(u"created_by"_s).toString();
    case CreatedAtRole:
        return createdAt(o);
    case CustomerIdRole:
        return o.customerId;
    case SearchTextRole: {
        QStringList parts{QString::number(o.serverId), customerName(o.customerId),
                          o.data.value(u"notes"_s).toString(),
                          o.data.value(u"tracking"_s).toString()};
        for (const QJsonValue &v : o.data.value(u"lines"_s).toArray()) {
            parts.append(v.toObject().value(u"sku"_s).toString());
            parts.append(v.toObject().value(u"name"_s).toString());
        }
        return parts.join(u' ');
    }
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return o.serverId > 0 ? o.serverId : std::numeric_limits<qint64>::max() - o.localId;
        case CreatedColumn:
            return createdAt(o);
        case TotalColumn:
            return qint64(o.data.value(u"total"_s).toObject().value(u"amount_minor"_s).toDouble());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return o.serverId > 0 ? u"#"_s + QString::number(o.serverId) : tr("not yet numbered");
        case CreatedColumn: {
            const QDateTime at = createdAt(o);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                : QString();
        }
        case CustomerColumn:
            return customerName(o.customerId);
        case ChannelColumn:
            return OrderText::channel(o.data.value(u"channel"_s).toString());
        case PaymentColumn:
            return OrderText::paymentMethodShort(o.data.value(u"payment_method"_s).toString());
        case StatusColumn:
            return stockAtRisk(o) ? tr("%1 — stock at risk").arg(OrderText::status(o.status))
                                  : OrderText::status(o.status);
        case TotalColumn:
            return totalText(o.data);
        case AgentColumn:
            return o.data.value(u"created_by"_s).toString();
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

} // namespace shopdesk::sync
