#pragma once

#include "client/localorder.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace shopdesk::client {

class LocalCache;

// Every order of the local cache as a table, newest first: the ones this client queued and
// the ones the change log brought. It follows LocalCache::orderChanged row by row (an update
// is dataChanged on that row, a new order one inserted row), never a reset per change.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CreatedColumn,
        CustomerColumn,
        ChannelColumn,
        PaymentColumn,
        StatusColumn,
        TotalColumn,
        AgentColumn,
        ColumnCount
    };
    enum Role {
        LocalIdRole = Qt::UserRole + 1,
        ServerIdRole,
        StatusRole,    // the API value ("reserved")
        ChannelRole,   // the API value ("phone")
        AgentRole,     // created_by
        CreatedAtRole, // QDateTime, UTC
        CustomerIdRole,
        SearchTextRole, // number, customer, SKUs, product names, notes, tracking: for search
        SortRole,
    };

    // Starts empty: a shop's years of orders are read when the list is first shown, not when
    // the window opens.
    explicit OrderListModel(LocalCache *cache, QObject *parent = nullptr);

    // Reads every order from the cache (a reset: only the first time, or on request).
    void reload();
    void ensureLoaded()
    {
        if (!m_loaded)
            reload();
    }
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const LocalOrder &order(int row) const { return m_orders.at(row); }
    int rowOfLocalId(qint64 localId) const { return m_rows.value(localId, -1); }
    // Agents who placed orders in the list, for a filter.
    QStringList agents() const;
    QString customerName(qint64 customerId) const;

private:
    void onOrderChanged(qint64 localId);
    void reindex();

    LocalCache *m_cache;
    QList<LocalOrder> m_orders;
    QHash<qint64, int> m_rows; // local id → row
    mutable QHash<qint64, QString> m_customerNames;
    bool m_loaded = false;
};

} // namespace shopdesk::client
