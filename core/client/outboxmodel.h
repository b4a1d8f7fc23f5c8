#pragma once

#include "client/outboxitem.h"
#include "domain/orderstatus.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace shopdesk::client {

class LocalCache;

// What the user sent and what became of it: pending mutations ("queued — not confirmed"),
// then the server's answer (an order's current status, or the reason it was refused).
// Follows the cache row by row.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhatColumn, StatusColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, ItemIdRole };

    explicit OutboxModel(LocalCache *cache, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const OutboxItem &item(int row) const { return m_items.at(row).item; }
    int rowOfItem(qint64 id) const;
    // The words the Status column shows for a row.
    QString statusText(int row) const;
    static QString orderStatusText(OrderStatus status);

private:
    struct Row
    {
        OutboxItem item;
        std::optional<OrderStatus> orderStatus; // when the item placed an order
        qint64 orderServerId = 0;
    };
    Row load(qint64 id) const;
    void onItemAdded(qint64 id);
    void onItemChanged(qint64 id);
    void onOrderChanged(qint64 localId);

    LocalCache *m_cache;
    QList<Row> m_items;
};

} // namespace shopdesk::client
